/// Training completion records as CSV for an HR or learning system: one row per completion (a learner who
/// completed the training twice has two rows), with these columns:
///
/// - `profile`, `completedAt` (ISO 8601, UTC), `passMarkPercent`;
/// - `modulesPassed`, and the training score (`TrainingScore`) as `scorePercent`, `correct` and `total`;
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
            let score = TrainingScore(record)
            let fixed = [
                record.profile, ISODate.text(record.completedAt), String(record.passMark.percent), String(record.modules.count),
                score.percentNumber, String(score.correct), String(score.total), record.bankFingerprint,
            ]
            return fixed + modules.flatMap { id -> [String] in
                guard let module = record.modules.first(where: { $0.id == id }) else { return ["", "", ""] }
                let score = TrainingScore(correct: module.correct, total: module.total)
                return [score.percentNumber, ISODate.text(module.passedAt), String(module.testedOut)]
            }
        }
        return CSVTable.text(header: header, rows: rows)
    }
}
