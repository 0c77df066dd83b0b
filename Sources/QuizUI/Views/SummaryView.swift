import QuizCore

/// The end of a session: the score and the questions missed.
enum SummaryView {
    static func add(_ session: PracticeSession, totals: ProgressTotals, context: ViewContext, to body: inout BodyBuilder) {
        let glyphs = context.glyphs
        body.line([Span("Session complete", .heading)])
        body.blank()
        let answered = session.outcomes.count
        let score = session.score
        let share = answered == 0 ? "" : " (\(ProgressView.percent(Double(score) / Double(answered))))"
        body.line([Span("Score: "), Span("\(score) of \(answered)\(share)", score == answered ? .correct : .plain)])
        body.blank()
        let missed = session.missed
        if missed.isEmpty {
            body.line([Span("\(glyphs.correct) No questions missed.", .correct)])
        } else {
            body.line([Span("Missed (\(missed.count)):", .heading)])
            for item in missed {
                let text = context.fitted(item.question.prompt, width: body.width - 4)
                body.line([Span(" \(glyphs.wrong) ", .wrong), Span(text)])
            }
        }
        body.blank()
        body.paragraph(ProgressView.overallSentence(totals), style: .muted)
    }
}
