import QuizCore

/// The end of an attempt: passed or not at the pass mark, the questions missed, and what comes next.
enum ModuleResultView {
    static func lines(
        _ session: TrainingSession, module: Int, attempt: TrainingSession.ModuleAttempt, context: ViewContext, width: Int
    ) -> [StyledLine] {
        let glyphs = context.glyphs
        var body = BodyBuilder(width: width)
        guard let result = attempt.result else { return body.lines }
        body.line([Span(TrainingView.moduleHeading(session, module: module, glyphs: glyphs), .heading)])
        body.blank()
        let score = TrainingView.score(correct: result.correct, total: result.total, passMark: session.passMark)
        if result.passed {
            body.paragraph("\(glyphs.correct) Passed: \(score), pass mark \(session.passMark)", style: .correct)
        } else {
            let needed = session.passMark.required(of: result.total)
            body.paragraph("\(glyphs.wrong) Not yet passed: \(score), pass mark \(session.passMark) (\(needed) right needed)", style: .wrong)
        }
        if result.testedOut {
            body.paragraph("You tested out: you answered the questions without reading the pages.", style: .muted)
        }
        let missed = attempt.questions.missed
        if !missed.isEmpty {
            body.blank()
            body.line([Span("Missed (\(missed.count)):", .heading)])
            for item in missed {
                body.paragraph(item.question.prompt, prefix: [Span(" \(glyphs.wrong) ", .wrong)])
            }
        }
        body.blank()
        if !result.passed {
            body.paragraph("Enter to retake the module: read its pages again, or press t on its first page to go straight to the questions.")
        } else if attempt.completesTraining {
            body.paragraph("\(glyphs.correct) That was the last module: your training is complete.", style: .correct)
            body.paragraph("Enter to see your completion record.")
        } else if let next = session.nextModule {
            body.paragraph("Next: module \(next + 1), \(session.modules[next].title). Enter for the module list.")
        } else {
            body.paragraph("Enter for the module list.")
        }
        return body.lines
    }
}
