import Foundation

/// An estimated exam score: the expected share right and an 80% range around it, from the chance of each
/// question being drawn and answered right (README, "What the figures mean"). An estimate, never a promise.
public struct ScoreEstimate: Codable, Equatable, Sendable {
    /// The chance the range is meant to hold the score with.
    public static let rangeLevel = 0.8
    /// The normal quantile for `rangeLevel`, two-sided.
    static let rangeZ = 1.2815515655446004

    /// The expected share right, from 0 to 1.
    public let expected: Double
    /// The range the score should fall in four times in five.
    public let low: Double
    public let high: Double
    /// How many of the exam's questions are expected to be of this kind (the whole exam for the overall estimate).
    public let questions: Double
    /// The share of those questions the learner has answered before (the rest come from the first-sight prior).
    public let answeredShare: Double

    public init(expected: Double, low: Double, high: Double, questions: Double, answeredShare: Double) {
        self.expected = expected
        self.low = low
        self.high = high
        self.questions = questions
        self.answeredShare = answeredShare
    }

    /// The estimate from its mean and standard deviation (the range from the normal approximation, kept within 0
    /// to 1).
    init(expected: Double, deviation: Double, questions: Double, answeredShare: Double) {
        let spread = Self.rangeZ * deviation
        self.init(
            expected: expected, low: max(0, expected - spread), high: min(1, expected + spread), questions: questions,
            answeredShare: answeredShare
        )
    }
}
