extension TeamReport {
    /// The rows as an aligned table, then what the columns mean: one line per learner, within 80 columns (a long
    /// topic title in the last column is cut to fit). Dates are UTC.
    public func text(unicode: Bool) -> String {
        let header = ["Learner", "Trained", "Completed", "Score", "Best exam", "Answers", "Right"]
        let cells = learners.map { row in
            [
                ReportText.cut(ReportText.printable(row.profile), Self.longestLearnerName, unicode: unicode),
                row.trainingCompleted ? "yes" : "no",
                row.completedAt.map(ReportText.day) ?? "-",
                Self.trainingScore(row),
                row.examBestScaledEstimate.map { "\($0) \(row.examBestPassed == true ? "pass" : "fail")" } ?? "-",
                String(row.answered),
                ReportText.percent(row.accuracy),
            ]
        }
        let widths = header.indices.map { column in ([header] + cells).map { $0[column].count }.max() ?? 0 }
        let rightAligned: Set<Int> = [3, 5, 6]
        let line = { (fields: [String]) in
            fields.indices.map { column in
                rightAligned.contains(column) ? ReportText.right(fields[column], widths[column]) : ReportText.left(fields[column], widths[column])
            }.joined(separator: "  ") + "  "
        }
        var out = ReportText.trimmed(line(header) + "Weakest topic") + "\n"
        let topicRoom = max(Self.shortestTopicRoom, Self.tableWidth - widths.reduce(0) { $0 + $1 + 2 })
        for (row, fields) in zip(learners, cells) {
            let topic = row.weakestTopic.map { ReportText.cut(ReportText.printable($0.title), topicRoom, unicode: unicode) } ?? "-"
            out += ReportText.trimmed(line(fields) + topic) + "\n"
        }
        out += "\n\(learners.count) learner\(learners.count == 1 ? "" : "s") in \(ReportText.printable(directory))"
        out += skipped.isEmpty ? ".\n" : "; \(skipped.count) file\(skipped.count == 1 ? "" : "s") skipped.\n"
        out += """
            Score: right answers over questions asked in the training, else modules passed.
            Best exam: scaled score estimate (AWS does not publish its scaling); pass: \(ScaledScore.passLine).
            Weakest topic: the lowest accuracy among topics with \(TeamRow.weakestTopicMinimumAnswers) answers or more.
            Dates are UTC.

            """
        return out
    }

    static let longestLearnerName = 20
    static let tableWidth = 80
    /// The least room the weakest topic keeps, even when the other columns already fill the line.
    static let shortestTopicRoom = 12

    private static func trainingScore(_ row: TeamRow) -> String {
        if let score = row.trainingScore { return score.percentText }
        return row.modulesTotal == 0 ? "-" : "\(row.modulesPassed)/\(row.modulesTotal)"
    }
}
