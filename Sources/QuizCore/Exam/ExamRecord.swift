import Foundation

/// A finished exam as kept in the progress file's history of exams, with what its review needs. `items` and `tasks`
/// were added without a new schema version: records written before them have neither, and show only their score
/// and topics.
public struct ExamRecord: Codable, Equatable, Sendable {
    /// One question as the exam left it.
    public struct Item: Codable, Equatable, Sendable {
        public let questionId: String
        /// Bank indices of the options chosen, ascending; empty when the question was left unanswered.
        public let chosen: [Int]
        public let flagged: Bool
        public let correct: Bool

        public init(questionId: String, chosen: [Int], flagged: Bool, correct: Bool) {
            self.questionId = questionId
            self.chosen = chosen
            self.flagged = flagged
            self.correct = correct
        }

        /// True when anything was chosen.
        public var wasAttempted: Bool {
            !chosen.isEmpty
        }
    }

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
    /// Every question in the order asked; nil in records written before it was kept.
    public let items: [Item]?
    /// Per CLF-C02 task statement (a `TopicScore` whose `topic` is the task's id), in the guide's order; nil in
    /// records written before it was kept.
    public let tasks: [TopicScore]?

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
        items = result.questions.map { Item(questionId: $0.questionID, chosen: $0.chosen, flagged: $0.flagged, correct: $0.isCorrect) }
        tasks = result.taskScores
    }

    /// Positions (in the order asked) of the questions `filter` shows; empty for a record without its questions.
    public func rows(_ filter: ReviewFilter) -> [Int] {
        guard let items else { return [] }
        return items.indices.filter { index in
            let item = items[index]
            return switch filter {
            case .all: true
            case .wrong: item.wasAttempted && !item.correct
            case .unanswered: !item.wasAttempted
            case .flagged: item.flagged
            }
        }
    }
}
