import QuizCore

/// A review or cram session: the practice screens, or a word on what to do when nothing is due.
enum ReviewView {
    static func lines(_ session: ReviewSession, state: AppState, context: ViewContext, width: Int) -> [StyledLine] {
        guard session.practice.items.isEmpty else {
            return PracticeView.lines(session.practice, state: state, context: context, width: width)
        }
        var body = BodyBuilder(width: width)
        body.line([Span(session.isCram ? "Nothing to cram" : "Nothing is due for review", .heading)])
        body.blank()
        if session.isCram {
            body.paragraph("Cram goes through every question you have answered, weakest first. Answer some in Practice first.")
        } else {
            body.paragraph("Every question you answer is scheduled to come back just before you would forget it; a wrong answer comes back soonest. Nothing is due now.")
            body.blank()
            body.paragraph("To go through everything anyway, without changing the schedule: srm-quiz review --cram", style: .muted)
        }
        return body.lines
    }
}
