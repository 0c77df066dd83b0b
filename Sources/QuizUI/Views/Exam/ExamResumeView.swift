import QuizCore

/// A saved, unfinished exam: how far it got and how much time is left, before the learner resumes or drops it.
enum ExamResumeView {
    static func lines(_ saved: ExamSession, confirmingDiscard: Bool, context: ViewContext, width: Int) -> [StyledLine] {
        var body = BodyBuilder(width: width)
        body.line([Span("An unfinished exam is waiting", .heading)])
        body.blank()
        body.paragraph(
            "You have answered \(saved.answeredCount) of \(saved.items.count) questions and flagged \(saved.flagged.count); "
                + "\(ExamText.clock(saved.secondsLeft)) of the \(saved.settings.minutes) minutes are left. "
                + "The clock runs again once you resume."
        )
        body.blank()
        if confirmingDiscard {
            body.paragraph(
                "Drop this exam for good and start a new one? "
                    + (saved.answeredCount == 1 ? "Its 1 answer is lost." : "Its \(saved.answeredCount) answers are lost."),
                style: .notice
            )
            body.blank()
            body.line([Span("y", .key), Span("  drop it and start a new exam")])
            body.line([Span("n", .key), Span("  keep it")])
            return body.lines
        }
        body.line([Span("y", .key), Span("  resume it where you left off")])
        body.line([Span("n", .key), Span("  drop it and start a new exam (asks first)")])
        return body.lines
    }
}
