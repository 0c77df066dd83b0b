import Foundation

/// The mock exams a learner finished, each with its score, estimated scaled score, time used and how it ended, and
/// the best of them: the figures `report` and the Progress screen list.
public struct ExamHistory: Codable, Equatable, Sendable {
    /// One finished exam.
    public struct Exam: Codable, Equatable, Sendable {
        public let id: String
        public let startedAt: Date
        public let finishedAt: Date
        public let questions: Int
        public let correct: Int
        /// `correct / questions`, from 0 to 1 (`ExamScore.fraction`).
        public let score: Double
        /// An estimate of AWS's scaled score, 100 to 1000 (see `ScaledScore`): AWS does not publish its scaling.
        public let scaledEstimate: Int
        public let passed: Bool
        public let howEnded: ExamEnding
        /// Seconds of the time limit used.
        public let secondsUsed: Int

        public init(_ record: ExamRecord) {
            id = record.id
            startedAt = record.startedAt
            secondsUsed = record.secondsUsed
            finishedAt = record.finishedAt
            questions = record.questions
            correct = record.correct
            score = record.score.fraction
            scaledEstimate = record.scaledEstimate
            passed = record.passed
            howEnded = record.howEnded
        }

        /// "38:12": minutes and seconds used ("95:00" past an hour).
        public var timeUsedText: String {
            "\(secondsUsed / 60):" + (secondsUsed % 60 < 10 ? "0" : "") + "\(secondsUsed % 60)"
        }

        /// How it ended, in words.
        public var endingText: String {
            switch howEnded {
            case .submitted: "submitted"
            case .timeExpired: "time ran out"
            }
        }
    }

    /// Every exam, oldest first.
    public let taken: [Exam]
    /// The highest estimated scaled score; of equal ones, the latest. Null before any exam.
    public let best: Exam?

    public init(_ records: [ExamRecord]) {
        taken = records.map(Exam.init).sorted { $0.finishedAt < $1.finishedAt }
        best = taken.reduce(nil) { best, exam in
            guard let best else { return exam }
            return exam.scaledEstimate >= best.scaledEstimate ? exam : best
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(taken, forKey: .taken)
        try container.encode(best, forKey: .best)
    }
}
