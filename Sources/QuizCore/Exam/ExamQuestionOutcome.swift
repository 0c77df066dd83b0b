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
    /// Bank indices of the options in the order they were shown, when known.
    public let order: [Int]?
    /// As many options picked as the question asks for; a "choose two" with one pick is unanswered (and wrong).
    public let isAnswered: Bool

    public init(
        questionID: String, topic: String, chosen: [Int], isCorrect: Bool, seconds: Double, flagged: Bool = false, task: ExamTask? = nil,
        order: [Int]? = nil, isAnswered: Bool? = nil
    ) {
        self.questionID = questionID
        self.topic = topic
        self.chosen = chosen
        self.isCorrect = isCorrect
        self.seconds = seconds
        self.flagged = flagged
        self.task = task
        self.order = order
        self.isAnswered = isAnswered ?? !chosen.isEmpty
    }

    /// The question as the learner left it, marked against the right choices.
    public init(item: SessionItem, picked: Set<Int>, seconds: Double, flagged: Bool = false) {
        self.init(
            questionID: item.question.id, topic: item.question.topic, chosen: picked.map { item.order[$0] }.sorted(),
            isCorrect: picked == item.correctPositions, seconds: seconds, flagged: flagged, task: item.question.examTask,
            order: item.order, isAnswered: picked.count == item.question.picksRequired
        )
    }

    /// True when the learner picked anything at all.
    public var wasAttempted: Bool {
        !chosen.isEmpty
    }
}
