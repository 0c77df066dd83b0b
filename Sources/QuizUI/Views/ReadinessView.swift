import QuizCore

/// The Progress screen's readiness section: the estimated mock-exam score now, overall and per exam task, with its
/// range, and the plan to the exam day when one is set. Its words are `ReadinessText`'s, as in `report`.
enum ReadinessView {
    static func add(_ figures: ReadinessFigures?, context: ViewContext, to body: inout BodyBuilder) {
        guard let figures else { return }
        let estimate = figures.estimate
        body.blank()
        body.line([Span(ReadinessText.title, .heading)])
        body.paragraph(ReadinessText.explanation(estimate), style: .muted)
        body.paragraph(ReadinessText.overall(estimate))
        let scoreWidth = 13
        let nameWidth = max(10, body.width - scoreWidth - 2)
        for task in estimate.tasks {
            let name = context.fitted("\(task.id) \(task.title)", width: nameWidth)
            let padded = name + String(repeating: " ", count: max(0, nameWidth - DisplayWidth.of(name)))
            body.line([Span(padded + "  "), Span(ReadinessText.score(task.estimate).leftPad(scoreWidth), style(task.estimate))])
        }
        if let plan = ReadinessText.plan(figures) {
            body.paragraph(plan, style: figures.planProblem == nil ? .plain : .notice)
        } else if estimate.examQuestions > 0 {
            body.paragraph("Give the day of your exam with --exam-date YYYY-MM-DD for a plan to it.", style: .muted)
        }
    }

    /// Coloured as accuracy is on this screen: 80% or more right, under 50% wrong.
    private static func style(_ estimate: ScoreEstimate) -> Style {
        estimate.expected >= 0.8 ? .correct : estimate.expected < 0.5 ? .wrong : .plain
    }
}
