import QuizCore

/// The results question by question: the prompt, every choice marked right or wrong with the learner's own,
/// the verdict in words, the explanation and the source.
enum ExamResultsReviewView {
    static func lines(_ result: ExamResult, position: Int, session: ExamSession, context: ViewContext, width: Int) -> [StyledLine] {
        var body = BodyBuilder(width: width)
        guard session.items.indices.contains(position), result.questions.indices.contains(position) else { return body.lines }
        let item = session.items[position]
        let outcome = result.questions[position]
        let glyphs = context.glyphs
        let verdict = outcome.isCorrect
            ? Span("\(glyphs.correct) Correct", .correct)
            : Span("\(glyphs.wrong) \(outcome.wasAttempted ? "Wrong" : "Unanswered")", .wrong)
        let separator = Span(" \(glyphs.separator) ", .muted)
        body.line([Span("Review: question \(position + 1) of \(result.total)", .heading), separator, verdict, separator,
                   Span(context.bank.topicTitle(item.question.topic), .muted)])
        body.blank()
        body.paragraph(PracticeView.prompt(item.question), style: .heading)
        body.blank()
        if !outcome.wasAttempted {
            body.line([Span("You left this question unanswered; it counts as wrong.", .muted)])
        }
        let answer = AnswerOutcome(
            questionID: outcome.questionID, topic: outcome.topic, chosen: outcome.chosen, isCorrect: outcome.isCorrect,
            seconds: outcome.seconds, answeredAt: result.finishedAt
        )
        FeedbackView.add(item, outcome: answer, glyphs: glyphs, to: &body)
        return body.lines
    }
}
