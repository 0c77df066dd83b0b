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
        let lines = lines(session)
        let innerWidth = lines.map { DisplayWidth.of($0) }.max()! + 4
        let boxWidth = min(screen.width, innerWidth + 2)
        let top = max(0, (screen.height - lines.count - 2) / 2)
        let left = max(0, (screen.width - boxWidth) / 2)
        let horizontal = String(repeating: glyphs.rule, count: max(0, boxWidth - 2))
        screen.write(glyphs.corners[0] + horizontal + glyphs.corners[1], row: top, column: left, style: .notice)
        for (offset, line) in lines.enumerated() {
            let padding = String(repeating: " ", count: max(0, boxWidth - 4 - DisplayWidth.of(line)))
            screen.write(glyphs.side + " " + line + padding + " " + glyphs.side, row: top + 1 + offset, column: left, style: .notice)
        }
        screen.write(glyphs.corners[2] + horizontal + glyphs.corners[3], row: top + lines.count + 1, column: left, style: .notice)
    }
}
