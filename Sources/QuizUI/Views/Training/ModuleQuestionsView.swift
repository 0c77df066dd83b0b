import QuizCore

/// A module's questions, asked and explained as in practice; a scenario step is shown after its story.
enum ModuleQuestionsView {
    static func lines(
        _ session: TrainingSession, module: Int, attempt: TrainingSession.ModuleAttempt, context: ViewContext, width: Int
    ) -> [StyledLine] {
        let glyphs = context.glyphs
        let questions = attempt.questions
        var body = BodyBuilder(width: width)
        guard let item = questions.current else { return body.lines }
        let progress = "Question \(questions.position + 1) of \(questions.items.count) \(glyphs.separator) "
            + "Score \(questions.score) of \(questions.outcomes.count)"
        let label = attempt.testingOut ? "Testing out of module \(module + 1)" : "Module \(module + 1): \(session.modules[module].title)"
        TrainingView.addSplitLine(left: Span(progress, .heading), right: Span(label, .muted), to: &body)
        body.blank()
        if let scenario = context.bank.scenarios.first(where: { $0.steps.contains { $0.question.id == item.question.id } }) {
            body.paragraph(scenario.title, style: .heading, prefix: [Span("Scenario: ", .heading)])
            body.paragraph(scenario.narrative, style: .muted)
            body.blank()
        }
        PracticeView.addQuestion(questions, item: item, glyphs: glyphs, to: &body)
        return body.lines
    }
}
