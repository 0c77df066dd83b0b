/// The words readiness is shown with, in `report` and on the Progress screen: always called an estimate, with its
/// 80% range.
public enum ReadinessText {
    /// `72% (63-81%)`.
    public static func score(_ estimate: ScoreEstimate) -> String {
        "\(percent(estimate.expected)) (\(range(estimate)))"
    }

    /// `63-81%`.
    public static func range(_ estimate: ScoreEstimate) -> String {
        "\(Int((estimate.low * 100).rounded()))-\(percent(estimate.high))"
    }

    /// The section's title.
    public static let title = "Readiness (an estimate)"

    /// What the figure is, in one sentence.
    public static func explanation(_ estimate: ReadinessEstimate) -> String {
        "The expected score on a \(estimate.examQuestions)-question mock exam taken now, from your memory of each "
            + "question, with the range it should fall in 4 times in 5."
    }

    /// `Overall 72% (63-81%); 40% of the exam's questions answered before.`, or why there is no estimate.
    public static func overall(_ estimate: ReadinessEstimate) -> String {
        guard estimate.examQuestions > 0 else { return "No mock exam can be drawn from this bank, so there is nothing to estimate." }
        return "Overall \(score(estimate.overall)); \(percent(estimate.overall.answeredShare)) of the exam's questions answered before."
    }

    /// The plan, or why there is none, or nil without an exam date.
    public static func plan(_ figures: ReadinessFigures) -> String? {
        if let problem = figures.planProblem { return "Exam date \(problem) (--exam-date)." }
        guard let plan = figures.plan else { return nil }
        let days = plan.days == 1 ? "1 day" : "\(plan.days) days"
        var text = "Exam on \(plan.examDate), \(days) left: about \(plan.reviewsPerDay) answer\(plan.reviewsPerDay == 1 ? "" : "s") a day"
        if plan.newPerDay > 0 { text += " (\(plan.newPerDay) new question\(plan.newPerDay == 1 ? "" : "s") among them)" }
        text += ", each question reviewed when due, to recall it with \(percent(plan.desiredRetention)) retention on the day. "
        text += "Kept, the estimated score then: \(score(plan.expectedIfKept)); without more study: \(score(plan.expectedWithoutStudy))."
        return text
    }

    /// The report's section.
    static func text(_ figures: ReadinessFigures, unicode: Bool) -> String {
        let estimate = figures.estimate
        var out = title + "\n" + wrapped(explanation(estimate), indent: "  ")
        out += wrapped(overall(estimate), indent: "  ")
        let width = ProgressReport.textWidth - 2 - 20
        for task in estimate.tasks {
            let name = ReportText.cut("\(task.id) \(task.title)", width - 2, unicode: unicode)
            out += "  " + ReportText.left(name, width) + ReportText.right(score(task.estimate), 14) + "\n"
        }
        if let plan = plan(figures) { out += wrapped(plan, indent: "  ") }
        return out
    }

    private static func percent(_ fraction: Double) -> String {
        ReportText.percent(fraction)
    }

    /// `text` in lines of at most the report's width, each after `indent`.
    private static func wrapped(_ text: String, indent: String) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, indent.count + line.count + 1 + word.count > ProgressReport.textWidth {
                lines.append(line)
                line = ""
            }
            line += line.isEmpty ? String(word) : " " + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.map { indent + $0 + "\n" }.joined()
    }
}
