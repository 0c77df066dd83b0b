import QuizCore

/// An incident scenario's story, read before its first step and again on request.
enum StoryView {
    static func add(_ scenario: ScenarioPlacement, to body: inout BodyBuilder) {
        body.line([Span("Incident scenario: ", .heading), Span(scenario.title, .heading)])
        body.blank()
        body.paragraph(scenario.narrative)
        body.blank()
        let steps = "\(scenario.stepCount) questions about it follow, in order. Press i during them to read this story again."
        body.paragraph(steps, style: .muted)
    }
}
