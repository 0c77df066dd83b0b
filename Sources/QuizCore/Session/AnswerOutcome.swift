import Foundation

/// What the learner answered to one question, and whether it was right.
public struct AnswerOutcome: Equatable, Sendable {
    public let questionID: String
    public let topic: String
    /// Bank indices of the chosen choices, ascending.
    public let chosen: [Int]
    /// True only at full credit.
    public let isCorrect: Bool
    /// From 0 to 1 (see `Credit`): 1 or 0 as `isCorrect` says, except a half-right drill cell's 0.5.
    public let credit: Double
    /// Seconds from the question appearing to the answer.
    public let seconds: Double
    public let answeredAt: Date
    /// How sure the learner said they were, where the mode asks.
    public var confidence: Confidence?

    public init(
        questionID: String, topic: String, chosen: [Int], isCorrect: Bool, seconds: Double, answeredAt: Date,
        confidence: Confidence? = nil, credit: Double? = nil
    ) {
        self.questionID = questionID
        self.topic = topic
        self.chosen = chosen
        self.isCorrect = isCorrect
        self.credit = credit ?? Credit.of(correct: isCorrect)
        self.seconds = seconds
        self.answeredAt = answeredAt
        self.confidence = confidence
    }
}
