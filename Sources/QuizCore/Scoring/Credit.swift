/// The credit an answer earns, from 0 to 1: 1 when right, 0 when wrong or left unanswered, 0.5 for a half-right
/// drill cell (one side of a shared duty, see `DrillVerdict`). Totals, accuracy and every report count credit, so
/// a half-right cell is 0.5 everywhere; an answer is `correct` only at full credit (README, "What the figures mean").
public enum Credit {
    /// The credit of an answer saved without one (before credit was recorded): 1 when right, 0 otherwise.
    public static func of(correct: Bool) -> Double {
        correct ? 1 : 0
    }

    /// A credit or a sum of credits as text: `7`, `7.5`, `0.5` (no `.0` on whole numbers).
    public static func text(_ credit: Double) -> String {
        credit == credit.rounded() && abs(credit) < 1e15 ? String(Int(credit)) : String(credit)
    }
}
