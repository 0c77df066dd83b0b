import Foundation

/// The mock exams a learner finished, each with its score and estimated scaled score, and the best of them.
public struct ExamHistory: Codable, Equatable, Sendable {
    /// One finished exam.
    public struct Exam: Codable, Equatable, Sendable {
        public let id: String
        public let finishedAt: Date
        public let questions: Int
        public let correct: Int
        /// `correct / questions`, from 0 to 1 (`ExamScore.fraction`).
        public let score: Double
        /// An estimate of AWS's scaled score, 100 to 1000 (see `ScaledScore`): AWS does not publish its scaling.
        public let scaledEstimate: Int
        public let passed: Bool
        public let howEnded: ExamEnding

        init(_ record: ExamRecord) {
            id = record.id
            finishedAt = record.finishedAt
            questions = record.questions
            correct = record.correct
            score = record.score.fraction
            scaledEstimate = record.scaledEstimate
            passed = record.passed
            howEnded = record.howEnded
        }
    }

    /// Every exam, oldest first.
    public let taken: [Exam]
    /// The highest estimated scaled score; of equal ones, the latest. Null before any exam.
    public let best: Exam?

    init(_ records: [ExamRecord]) {
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
