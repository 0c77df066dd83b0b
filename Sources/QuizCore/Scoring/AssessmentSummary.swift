import Foundation

/// A self-assessment in a report: when, the score, how often each confidence was right (`Calibration`), the
/// wrong answers per confidence and the lucky guesses.
public struct AssessmentSummary: Codable, Equatable, Sendable {
    /// One confidence's answers: how many, right at their credit, and accuracy (null when none was given with it).
    public struct ConfidenceLine: Codable, Equatable, Sendable {
        public let confidence: Confidence
        public let answered: Int
        public let correct: Double
        public let accuracy: Double?
        /// Answers given with it that were wrong.
        public let wrong: Int

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(confidence, forKey: .confidence)
            try container.encode(answered, forKey: .answered)
            try container.encode(correct, forKey: .correct)
            try container.encode(accuracy, forKey: .accuracy)
            try container.encode(wrong, forKey: .wrong)
        }
    }

    public let session: String
    public let finishedAt: Date
    public let answered: Int
    public let correct: Double
    public let accuracy: Double?
    /// Sure, unsure, guessing, in that order.
    public let calibration: [ConfidenceLine]
    /// Right answers given while guessing.
    public let luckyGuesses: Int

    public init(_ assessment: PastAssessment, bank: Bank) {
        let result = AssessmentResult(answers: assessment.answers, bank: bank)
        session = assessment.record.session
        finishedAt = assessment.record.finishedAt
        answered = result.overall.answered
        correct = result.overall.correct
        accuracy = result.overall.accuracy
        calibration = Confidence.allCases.map { confidence in
            let tally = result.calibration[confidence]
            let wrong = assessment.answers.filter { $0.confidence == confidence && !$0.isCorrect }.count
            return ConfidenceLine(confidence: confidence, answered: tally.answered, correct: tally.correct, accuracy: tally.accuracy, wrong: wrong)
        }
        luckyGuesses = assessment.answers.filter(AssessmentResult.isLuckyGuess).count
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(session, forKey: .session)
        try container.encode(finishedAt, forKey: .finishedAt)
        try container.encode(answered, forKey: .answered)
        try container.encode(correct, forKey: .correct)
        try container.encode(accuracy, forKey: .accuracy)
        try container.encode(calibration, forKey: .calibration)
        try container.encode(luckyGuesses, forKey: .luckyGuesses)
    }
}
