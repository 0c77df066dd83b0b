/// Confidence calibration: for each confidence a learner gave (sure, unsure, guessing), the answers given with it
/// and their accuracy (credit over answers, as everywhere). Well calibrated, "sure" is right nearly always and
/// "guessing" about as often as chance. The one definition every screen and report uses (README, "What the
/// figures mean").
public struct Calibration: Equatable, Sendable {
    /// Answers given with each confidence; a confidence never given has none.
    public let byConfidence: [Confidence: ProgressTotals.Tally]

    public init(_ answers: [AnswerOutcome]) {
        var tallies: [Confidence: ProgressTotals.Tally] = [:]
        for answer in answers {
            guard let confidence = answer.confidence else { continue }
            tallies[confidence, default: ProgressTotals.Tally()].add(credit: answer.credit)
        }
        byConfidence = tallies
    }

    /// The answers given with `confidence` (none when it was never given).
    public subscript(_ confidence: Confidence) -> ProgressTotals.Tally {
        byConfidence[confidence] ?? ProgressTotals.Tally()
    }
}
