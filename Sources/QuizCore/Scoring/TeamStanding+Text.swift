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
        let date = { (value: Date?) in value.map(ISODate.text) ?? "" }
        return [
            text(row.login), text(row.name), text(row.email), text(row.employeeId), text(row.team), flag(row.onRoster),
            text(row.profile), text(row.file), row.status, row.reason, flag(row.trainingCompleted), date(row.completedAt),
            number(row.passMarkPercent), row.trainingScore.map { String($0) } ?? "", String(row.modulesPassed),
            String(row.modulesRequired), text(row.policyId), number(row.policyVersion), date(row.validUntil),
            text(row.dueDate?.description), text(row.bankFingerprint), text(row.completionPolicyId), number(row.completionPolicyVersion),
            number(row.examBestScaledEstimate), flag(row.examBestPassed), String(row.answered), Credit.text(row.correct),
            row.accuracy.map { String($0) } ?? "", text(row.note),
        ]
    }

    /// The policy, a table of one line per person within 80 columns (the roster's people, then those not on it),
    /// why each is not compliant, the notes, and what was skipped. Dates are UTC.
    public func text(unicode: Bool) -> String {
        var out = ""
        if let policy {
            let modules = policy.requiredModules.count
            out += "Policy \(ReportText.printable(policy.id)) v\(policy.version): pass mark \(policy.minimumPassMark) or more, "
                + "\(modules) module\(modules == 1 ? "" : "s"), due \(policy.dueDate).\n"
            out += policy.validForMonths.map { "Completions count for \($0) month\($0 == 1 ? "" : "s").\n" } ?? "Completions never expire.\n"
            out += "  \(ReportText.printable(policy.file))\n"
        }
        if let roster {
            out += "Roster of \(people.count) \(people.count == 1 ? "person" : "people"):\n  \(ReportText.printable(roster))\n"
        }
        if !out.isEmpty { out += "\n" }
        let widths = columnWidths(unicode: unicode)
        out += table(people, widths: widths, unicode: unicode)
        if roster != nil, !notOnRoster.isEmpty {
            out += "\nFound in files but not on the roster:\n" + table(notOnRoster, widths: widths, unicode: unicode)
        }
        let reasons = (people + notOnRoster).filter { !$0.reason.isEmpty && $0.status != "compliant" }
        if !reasons.isEmpty {
            out += "\n" + (policy == nil ? "Notes:\n" : "Why not compliant:\n")
            for row in reasons { out += "  \(Self.who(row)): \(ReportText.printable(row.reason))\n" }
        }
        let notes = (people + notOnRoster).compactMap { row in row.note.map { "  \(Self.who(row)): \(ReportText.printable($0))\n" } }
        if !notes.isEmpty { out += "\nOther files:\n" + notes.joined() }
        if roster != nil {
            out += "\n\(people.count) \(people.count == 1 ? "person" : "people") on the roster, \(notOnRoster.count) other "
                + "learner\(notOnRoster.count == 1 ? "" : "s") found in \(ReportText.printable(directory))"
        } else {
            out += "\n\(people.count) learner\(people.count == 1 ? "" : "s") in \(ReportText.printable(directory))"
        }
        if !skipped.isEmpty { out += "; \(skipped.count) file\(skipped.count == 1 ? "" : "s") skipped" }
        if !rosterProblems.isEmpty { out += "; \(rosterProblems.count) roster row\(rosterProblems.count == 1 ? "" : "s") skipped" }
        out += ".\nMark: the pass mark of the completion shown; Score: its right answers over the\n"
        out += "questions asked. Until: when a compliant completion stops counting, else the\n"
        out += "due date. Dates are UTC.\n"
        return out
    }

    static let nameWidth = 16

    private static let header = ["Learner", "Status", "Completed", "Mark", "Score", "Modules", "Until"]

    private static func who(_ row: Row) -> String {
        ReportText.printable(row.login ?? row.profile ?? "-")
    }

    /// The widths of the columns, the same for the roster's table and the others'.
    private func columnWidths(unicode: Bool) -> [Int] {
        let cells = [Self.header] + (people + notOnRoster).map { Self.cells($0, unicode: unicode) }
        return Self.header.indices.map { column in cells.map { $0[column].count }.max() ?? 0 }
    }

    private func table(_ rows: [Row], widths: [Int], unicode: Bool) -> String {
        let rightAligned: Set<Int> = [3, 4, 5]
        let line = { (fields: [String]) in
            ReportText.trimmed(fields.indices.map { column in
                rightAligned.contains(column) ? ReportText.right(fields[column], widths[column]) : ReportText.left(fields[column], widths[column])
            }.joined(separator: "  ")) + "\n"
        }
        return ([Self.header] + rows.map { Self.cells($0, unicode: unicode) }).map(line).joined()
    }

    private static func cells(_ row: Row, unicode: Bool) -> [String] {
        [
            ReportText.cut(who(row), nameWidth, unicode: unicode),
            row.status,
            row.completedAt.map(ReportText.day) ?? "-",
            row.passMarkPercent.map { "\($0)%" } ?? "-",
            ReportText.percent(row.trainingScore),
            "\(row.modulesPassed)/\(row.modulesRequired)",
            row.status == "compliant" ? (row.validUntil.map(ReportText.day) ?? "never") : (row.dueDate?.description ?? "-"),
        ]
    }
}
