import Foundation

/// A finished exam as kept in the progress file's history of exams.
public struct ExamRecord: Codable, Equatable, Sendable {
    public let id: String
    public let startedAt: Date
    public let finishedAt: Date
    public let questions: Int
    public let correct: Int
    /// An estimate: AWS does not publish its scaling (see `ScaledScore`).
    public let scaledEstimate: Int
    public let passed: Bool
    public let topics: [TopicScore]
    public let secondsUsed: Int
    public let howEnded: ExamEnding

    /// The exam's score from its counts (the estimate and pass recorded beside them were made from the same).
    public var score: ExamScore {
        ExamScore(correct: correct, total: questions)
    }

    public init(_ result: ExamResult) {
        id = result.examID
        startedAt = result.startedAt
        finishedAt = result.finishedAt
        questions = result.total
        correct = result.correct
        scaledEstimate = result.scaledEstimate
        passed = result.passed
        topics = result.topics
        secondsUsed = result.secondsUsed
        howEnded = result.howEnded
    }
}
