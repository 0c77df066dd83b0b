import Foundation

/// A marked drill: how every cell came out and the score.
public struct DrillResult: Equatable, Sendable {
    public let sessionID: String
    /// One per cell of the drill, row by row.
    public let outcomes: [DrillCellOutcome]
    /// Seconds from the grid appearing to the drill being marked.
    public let seconds: Double
    public let markedAt: Date

    public init(sessionID: String, outcomes: [DrillCellOutcome], seconds: Double, markedAt: Date) {
        self.sessionID = sessionID
        self.outcomes = outcomes
        self.seconds = seconds
        self.markedAt = markedAt
    }

    /// The sum of every cell's credit.
    public var credit: Double {
        outcomes.reduce(0) { $0 + $1.credit }
    }

    /// Credit over cells, from 0 to 1 (0 for a drill without cells).
    public var score: Double {
        outcomes.isEmpty ? 0 : credit / Double(outcomes.count)
    }

    public func count(of verdict: DrillVerdict) -> Int {
        outcomes.reduce(0) { $0 + ($1.verdict == verdict ? 1 : 0) }
    }

    /// Every answered cell as an answer to its generated owner question, to save with mode "drill", with the
    /// cell's credit (a half-right cell 0.5): right only when the owner is exact, so a half-right cell is not
    /// right and review grades it Again; the drill's time shared evenly among the answered cells. Blank cells
    /// were not answered and give none.
    public var answerOutcomes: [AnswerOutcome] {
        let answered = outcomes.filter { $0.guessed != nil }
        let secondsEach = answered.isEmpty ? 0 : seconds / Double(answered.count)
        return answered.compactMap { outcome in
            guard let guessed = outcome.guessed, let choice = Owner.allCases.firstIndex(of: guessed) else { return nil }
            return AnswerOutcome(
                questionID: outcome.key.ownerQuestionID, topic: MatrixQuestions.topic, chosen: [choice],
                isCorrect: outcome.verdict == .right, seconds: secondsEach, answeredAt: markedAt, credit: outcome.credit
            )
        }
    }
}

/// One cell of a marked drill: which cell, what the learner said, the right owner, and the credit earned.
public struct DrillCellOutcome: Equatable, Sendable {
    public let key: DrillCellKey
    public let position: GridPosition
    public let guessed: Owner?
    public let actual: Owner

    public init(key: DrillCellKey, position: GridPosition, guessed: Owner?, actual: Owner) {
        self.key = key
        self.position = position
        self.guessed = guessed
        self.actual = actual
    }

    public var verdict: DrillVerdict {
        DrillVerdict(guessed: guessed, actual: actual)
    }

    public var credit: Double {
        verdict.credit
    }
}
