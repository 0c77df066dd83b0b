import QuizCore

extension ProgressView {
    /// How many past exams the Progress screen lists (latest first).
    static let examsListed = 5

    /// The latest exams, newest first, with the figures `report` gives; `e` opens the latest, `<` `>` the others.
    static func addExams(_ exams: [ExamRecord], to body: inout BodyBuilder) {
        body.blank()
        guard !exams.isEmpty else {
            body.paragraph("Exams: none yet (Exam on the home screen).", style: .muted)
            return
        }
        let more = exams.count > 1 ? "; < > in it for the others" : ""
        body.paragraph("Exams (scaled scores are estimates; e opens the latest\(more))", style: .heading)
        for record in exams.reversed().prefix(examsListed) {
            let exam = ExamHistory.Exam(record)
            body.paragraph(
                "\(AssessResultView.day(exam.finishedAt)): \(exam.correct) of \(exam.questions) (\(percent(exam.score))), "
                    + "scaled \(exam.scaledEstimate) \(exam.passed ? "pass" : "fail"), \(exam.timeUsedText) used, \(exam.endingText)"
            )
        }
        if exams.count > examsListed {
            body.paragraph("and \(exams.count - examsListed) older.", style: .muted)
        }
    }
}
