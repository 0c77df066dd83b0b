import Foundation

extension TeamStanding {
    public static let csvHeader = [
        "login", "name", "email", "employeeId", "team", "onRoster", "profile", "file", "status", "reason", "trainingCompleted",
        "completedAt", "passMarkPercent", "trainingScore", "modulesPassed", "modulesRequired", "policyId", "policyVersion",
        "validUntil", "dueDate", "bankFingerprint", "completionPolicyId", "completionPolicyVersion", "examBestScaledEstimate",
        "examBestPassed", "answered", "correct", "accuracy", "note",
    ]

    /// One row per person, the roster's first, then those not on it: the same columns whatever the options.
    public func csv() -> String {
        CSVTable.text(header: Self.csvHeader, rows: (people + notOnRoster).map(Self.csvFields))
    }

    private static func csvFields(_ row: Row) -> [String] {
        let text = { (value: String?) in value ?? "" }
        let number = { (value: Int?) in value.map { String($0) } ?? "" }
        let flag = { (value: Bool?) in value.map { $0 ? "true" : "false" } ?? "" }
        let date = { (value: Date?) in value.map(ReportDate.iso) ?? "" }
        return [
            text(row.login), text(row.name), text(row.email), text(row.employeeId), text(row.team), flag(row.onRoster),
            text(row.profile), text(row.file), row.status, row.reason, flag(row.trainingCompleted), date(row.completedAt),
            number(row.passMarkPercent), row.trainingScore.map { String($0) } ?? "", String(row.modulesPassed),
            String(row.modulesRequired), text(row.policyId), number(row.policyVersion), date(row.validUntil),
            text(row.dueDate?.description), text(row.bankFingerprint), text(row.completionPolicyId), number(row.completionPolicyVersion),
            number(row.examBestScaledEstimate), flag(row.examBestPassed), String(row.answered), String(row.correct),
            row.accuracy.map { String($0) } ?? "", text(row.note),
        ]
    }

    /// The policy, a table of one line per person within 80 columns (the roster's people, then those not on it),
    /// why each is not compliant, the notes, and what was skipped. Dates are UTC.
    public func text(unicode: Bool) -> String {
        var out = ""
        if let policy {
            let validity = policy.validForMonths.map { "valid \($0) month\($0 == 1 ? "" : "s")" } ?? "never expires"
            out += "Policy \(ReportText.printable(policy.id)) v\(policy.version): pass mark \(policy.minimumPassMark) or more, "
                + "\(policy.requiredModules.count) module\(policy.requiredModules.count == 1 ? "" : "s"), due \(policy.dueDate), \(validity).\n"
            out += "  \(ReportText.printable(policy.file))\n"
        }
        if let roster { out += "Roster: \(ReportText.printable(roster)), \(people.count) people.\n" }
        if !out.isEmpty { out += "\n" }
        out += table(people, unicode: unicode)
        if roster != nil, !notOnRoster.isEmpty {
            out += "\nFound in files but not on the roster:\n" + table(notOnRoster, unicode: unicode)
        }
        let reasons = (people + notOnRoster).filter { !$0.reason.isEmpty && $0.status != "compliant" }
        if !reasons.isEmpty {
            out += "\n" + (policy == nil ? "Notes:\n" : "Why not compliant:\n")
            for row in reasons { out += "  \(Self.who(row)): \(ReportText.printable(row.reason))\n" }
        }
        let notes = (people + notOnRoster).compactMap { row in row.note.map { "  \(Self.who(row)): \(ReportText.printable($0))\n" } }
        if !notes.isEmpty { out += "\nOther files:\n" + notes.joined() }
        out += "\n\(people.count) \(roster == nil ? "learner" : "on the roster")\(roster == nil && people.count != 1 ? "s" : "")"
        if roster != nil { out += ", \(notOnRoster.count) not on it" }
        out += " in \(ReportText.printable(directory))"
        if !skipped.isEmpty { out += "; \(skipped.count) file\(skipped.count == 1 ? "" : "s") skipped" }
        if !rosterProblems.isEmpty { out += "; \(rosterProblems.count) roster row\(rosterProblems.count == 1 ? "" : "s") skipped" }
        out += ".\nMark: the pass mark of the completion shown; Score: its right answers over questions asked.\n"
        out += "Until: a compliant completion's end, else the due date. Dates are UTC.\n"
        return out
    }

    static let nameWidth = 16

    private static func who(_ row: Row) -> String {
        ReportText.printable(row.login ?? row.profile ?? "-")
    }

    private func table(_ rows: [Row], unicode: Bool) -> String {
        let header = ["Learner", "Status", "Completed", "Mark", "Score", "Modules", "Until"]
        let cells = rows.map { row in
            [
                ReportText.cut(Self.who(row), Self.nameWidth, unicode: unicode),
                row.status,
                row.completedAt.map(ReportText.day) ?? "-",
                row.passMarkPercent.map { "\($0)%" } ?? "-",
                ReportText.percent(row.trainingScore),
                "\(row.modulesPassed)/\(row.modulesRequired)",
                row.status == "compliant" ? (row.validUntil.map(ReportText.day) ?? "never") : (row.dueDate?.description ?? "-"),
            ]
        }
        let widths = header.indices.map { column in ([header] + cells).map { $0[column].count }.max() ?? 0 }
        let rightAligned: Set<Int> = [3, 4, 5]
        let line = { (fields: [String]) in
            ReportText.trimmed(fields.indices.map { column in
                rightAligned.contains(column) ? ReportText.right(fields[column], widths[column]) : ReportText.left(fields[column], widths[column])
            }.joined(separator: "  ")) + "\n"
        }
        return ([header] + cells).map(line).joined()
    }
}
