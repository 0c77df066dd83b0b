// The Swift hello-world that srm-quiz's cold start is measured against, started the same way.
print("hello")
