import Foundation

/// What the learner answered to one question, and whether it was right.
public struct AnswerOutcome: Equatable, Sendable {
    public let questionID: String
    public let topic: String
    /// Bank indices of the chosen choices, ascending.
    public let chosen: [Int]
    public let isCorrect: Bool
    /// Seconds from the question appearing to the answer.
    public let seconds: Double
    public let answeredAt: Date
    /// How sure the learner said they were, where the mode asks.
    public var confidence: Confidence?

    public init(
        questionID: String, topic: String, chosen: [Int], isCorrect: Bool, seconds: Double, answeredAt: Date,
        confidence: Confidence? = nil
    ) {
        self.questionID = questionID
        self.topic = topic
        self.chosen = chosen
        self.isCorrect = isCorrect
        self.seconds = seconds
        self.answeredAt = answeredAt
        self.confidence = confidence
    }
}
