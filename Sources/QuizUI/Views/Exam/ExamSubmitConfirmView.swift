import QuizCore

/// The "submit the exam?" box drawn over the question or the review list, saying what is still open.
enum ExamSubmitConfirmView {
    static func lines(_ session: ExamSession) -> [String] {
        let unanswered = session.unansweredCount
        let flagged = session.flagged.count
        var lines = ["Submit the exam?"]
        if unanswered == 0 && flagged == 0 {
            lines.append("Every question is answered and none is flagged.")
        } else {
            lines.append("\(ExamText.plural(unanswered, "question")) unanswered, \(flagged) flagged for review.")
        }
        if unanswered > 0 { lines.append("Unanswered questions count as wrong.") }
        lines.append("Answers cannot be changed after submitting.")
        return lines + ["", "y  submit      n  keep working"]
    }

    static func draw(_ session: ExamSession, into screen: inout ScreenBuffer, glyphs: Glyphs) {
        DialogBox.draw(lines(session), into: &screen, glyphs: glyphs)
    }
}
