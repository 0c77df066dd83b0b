/// A question as it leaves srm-quiz for another tool, with the story a scenario step depends on.
public struct ExportedQuestion: Equatable, Sendable {
    public let question: Question
    /// The scenario's narrative, for a scenario step: the step makes no sense without it.
    public let story: String?

    /// The story (if any), a blank line, then the prompt.
    public var text: String {
        story.map { "\($0)\n\n\(question.prompt)" } ?? question.prompt
    }

    /// Bank indices of the choices in the order an export lists them: shuffled as the app shuffles them, seeded by
    /// the question's id, so the right option is not always first yet every export of a question agrees.
    public var choiceOrder: [Int] {
        var generator = SeededGenerator(seed: Self.seed(question.id))
        return SessionBuilder.item(for: question, using: &generator).order
    }

    /// The choices in `choiceOrder`.
    public var orderedChoices: [Choice] {
        choiceOrder.map { question.choices[$0] }
    }

    /// The AWS pages the question cites, in bank order (seed documents are the bank's provenance, not for learners).
    public var pages: [(title: String, url: String)] {
        question.sources.compactMap { source in
            guard case let .page(title, url, _) = source else { return nil }
            return (title, url)
        }
    }

    /// FNV-1a over the id's bytes: a seed that never changes between runs or machines.
    private static func seed(_ id: String) -> UInt64 {
        id.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
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
