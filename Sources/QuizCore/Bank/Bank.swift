/// Every question and topic the quiz can draw from, validated.
public struct Bank: Equatable, Sendable {
    public let topics: [Topic]
    public let questions: [Question]
    public let matrix: ResponsibilityMatrix
    /// Incident scenarios, played as a unit: their steps are not in `questions`.
    public let scenarios: [Scenario]
    /// The awareness training's modules, in the order they are taken; empty for a bank without training.
    public let trainingModules: [TrainingModule]
    /// The pass mark the bank's training file sets (`--pass-mark` may override it).
    public let trainingPassMark: PassMark
    /// Terms a learner may look up from any question, in alphabetical order; empty for a bank without a glossary.
    public let glossary: [GlossaryTerm]
    private let indexByID: [String: Int]

    public init(
        topics: [Topic], questions: [Question], matrix: ResponsibilityMatrix = .empty, scenarios: [Scenario] = [],
        trainingModules: [TrainingModule] = [], trainingPassMark: PassMark = .standard, glossary: [GlossaryTerm] = []
    ) {
        self.topics = topics
        self.questions = questions
        self.matrix = matrix
        self.scenarios = scenarios
        self.trainingModules = trainingModules
        self.trainingPassMark = trainingPassMark
        self.glossary = glossary
        self.indexByID = Dictionary(questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func question(id: String) -> Question? {
        indexByID[id].map { questions[$0] }
    }

    /// The exam task of a question or scenario step, by id.
    public func examTask(ofQuestion id: String) -> ExamTask? {
        if let question = question(id: id) { return question.examTask }
        return scenarios.lazy.flatMap(\.steps).first { $0.question.id == id }?.question.examTask
    }

    public func topicTitle(_ id: String) -> String {
        topics.first { $0.id == id }?.title ?? id
    }
}
