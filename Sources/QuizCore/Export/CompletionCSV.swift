/// Training completion records as CSV for an HR or learning system: one row per completion (a learner who
/// completed the training twice has two rows), with these columns:
///
/// - `profile`, `completedAt` (ISO 8601, UTC), `passMarkPercent`;
/// - `modulesPassed`, and `scorePercent`, `correct` and `total` over every module's passing attempt;
/// - `bankFingerprint`: the SHA-256 of the question bank the training was taken on;
/// - for each module, in the training's order (then any module only older records name):
///   `MODULE scorePercent`, `MODULE passedAt` and `MODULE testedOut` (`true` or `false`), empty where a record
///   lacks the module.
///
/// Percentages have at most one decimal (6 of 7 is `85.7`).
public enum CompletionCSV {
    public static let fixedColumns = [
        "profile", "completedAt", "passMarkPercent", "modulesPassed", "scorePercent", "correct", "total", "bankFingerprint",
    ]

    public static func text(_ completions: [CompletionRecord], trainingOrder: [String]) -> String {
        var modules = trainingOrder
        for record in completions {
            for module in record.modules where !modules.contains(module.id) { modules.append(module.id) }
        }
        let header = fixedColumns + modules.flatMap { ["\($0) scorePercent", "\($0) passedAt", "\($0) testedOut"] }
        let rows = completions.map { record in
            let correct = record.modules.map(\.correct).reduce(0, +)
            let total = record.modules.map(\.total).reduce(0, +)
            let fixed = [
                record.profile, ExportDates.iso(record.completedAt), String(record.passMark.percent), String(record.modules.count),
                percent(correct: correct, total: total), String(correct), String(total), record.bankFingerprint,
            ]
            return fixed + modules.flatMap { id -> [String] in
                guard let module = record.modules.first(where: { $0.id == id }) else { return ["", "", ""] }
                return [percent(correct: module.correct, total: module.total), ExportDates.iso(module.passedAt), String(module.testedOut)]
            }
        }
        return CSVTable.text(header: header, rows: rows)
    }

    /// `correct / total` as a percent with at most one decimal; empty when nothing was asked.
    static func percent(correct: Int, total: Int) -> String {
        guard total > 0 else { return "" }
        let tenths = (Double(correct) * 1000 / Double(total)).rounded()
        let whole = Int(tenths) / 10
        let fraction = Int(tenths) % 10
        return fraction == 0 ? String(whole) : "\(whole).\(fraction)"
    }
}
