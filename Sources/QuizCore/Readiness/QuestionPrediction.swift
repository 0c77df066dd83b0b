/// One question's predicted chance of being answered right in a mock exam, and what it rests on.
public struct QuestionPrediction: Equatable, Sendable {
    public let questionID: String
    public let task: ExamTask?
    public let topic: String
    /// The chance of a right answer, from 0 to 1.
    public let chance: Double
    /// True when it comes from the question's memory card, false when from the first-sight prior.
    public let isAnswered: Bool
    /// Its chance of being drawn into the exam (`ExamWeights`).
    public let inclusion: Double

    public init(questionID: String, task: ExamTask?, topic: String, chance: Double, isAnswered: Bool, inclusion: Double) {
        self.questionID = questionID
        self.task = task
        self.topic = topic
        self.chance = chance
        self.isAnswered = isAnswered
        self.inclusion = inclusion
    }
}
