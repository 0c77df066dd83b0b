/// An exam's score, the one definition every screen, report and export uses: right answers over ALL its questions
/// (one left unanswered counts as wrong), and the scaled estimate `ScaledScore` makes of them (README, "What the
/// figures mean").
public struct ExamScore: Equatable, Sendable {
    public let correct: Int
    public let total: Int

    public init(correct: Int, total: Int) {
        self.correct = correct
        self.total = total
    }

    /// `correct / total`, from 0 to 1; 0 for an exam without questions.
    public var fraction: Double {
        total == 0 ? 0 : Double(correct) / Double(total)
    }

    /// An estimate only: see `ScaledScore`.
    public var scaledEstimate: Int {
        ScaledScore.estimate(correct: correct, total: total)
    }

    public var passed: Bool {
        scaledEstimate >= ScaledScore.passLine
    }

    /// A scaled estimate mapped from 100-1000 onto 0-1, as xAPI's `score.scaled` wants it.
    public static func scaledFraction(_ estimate: Int) -> Double {
        min(1, max(0, Double(estimate - ScaledScore.lowest) / Double(ScaledScore.highest - ScaledScore.lowest)))
    }
}
