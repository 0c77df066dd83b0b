print("srm-quiz")
