/// How one exam question went: all or nothing, and a question left unanswered counts as wrong.
public struct ExamQuestionOutcome: Equatable, Sendable {
    public let questionID: String
    public let topic: String
    /// Bank indices of the choices picked, ascending; empty when the question was left alone.
    public let chosen: [Int]
    public let isCorrect: Bool
    /// Time spent on the question's screen.
    public let seconds: Double
    /// Flagged for review when the exam ended.
    public let flagged: Bool
    /// The CLF-C02 task statement the question serves, if tagged.
    public let task: ExamTask?

    public init(
        questionID: String, topic: String, chosen: [Int], isCorrect: Bool, seconds: Double, flagged: Bool = false, task: ExamTask? = nil
    ) {
        self.questionID = questionID
        self.topic = topic
        self.chosen = chosen
        self.isCorrect = isCorrect
        self.seconds = seconds
        self.flagged = flagged
        self.task = task
    }

    /// The question as the learner left it, marked against the right choices.
    public init(item: SessionItem, picked: Set<Int>, seconds: Double, flagged: Bool = false) {
        self.init(
            questionID: item.question.id, topic: item.question.topic, chosen: picked.map { item.order[$0] }.sorted(),
            isCorrect: picked == item.correctPositions, seconds: seconds, flagged: flagged, task: item.question.examTask
        )
    }

    /// True when the learner picked anything at all.
    public var wasAttempted: Bool {
        !chosen.isEmpty
    }
}
