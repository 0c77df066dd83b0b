/// A question as it leaves srm-quiz for another tool, with the story a scenario step depends on.
public struct ExportedQuestion: Equatable, Sendable {
    public let question: Question
    /// The scenario's narrative, for a scenario step: the step makes no sense without it.
    public let story: String?

    /// The story (if any), a blank line, then the prompt.
    public var text: String {
        story.map { "\($0)\n\n\(question.prompt)" } ?? question.prompt
    }
}

/// The questions the GIFT and Anki exports carry, by topic in the bank's order: the hand-written questions in bank
/// order, then the scenario steps (scenario by scenario), then, if asked for, the questions made from the matrix.
public enum ExportedQuestions {
    public struct TopicGroup: Equatable, Sendable {
        public let topic: Topic
        public let questions: [ExportedQuestion]
    }

    public static func grouped(_ bank: Bank, includeMatrix: Bool) -> [TopicGroup] {
        let generated = Set(MatrixQuestions.generate(from: bank.matrix).map(\.id))
        let written = bank.questions.filter { !generated.contains($0.id) }.map { ExportedQuestion(question: $0, story: nil) }
        let steps = bank.scenarios.flatMap { scenario in
            scenario.steps.map { ExportedQuestion(question: $0.question, story: scenario.narrative) }
        }
        let matrix = includeMatrix ? bank.questions.filter { generated.contains($0.id) }.map { ExportedQuestion(question: $0, story: nil) } : []
        let all = written + steps + matrix
        return bank.topics.compactMap { topic in
            let questions = all.filter { $0.question.topic == topic.id }
            return questions.isEmpty ? nil : TopicGroup(topic: topic, questions: questions)
        }
    }
}
