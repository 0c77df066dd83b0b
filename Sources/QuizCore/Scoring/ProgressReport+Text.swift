import Foundation

extension ProgressReport {
    /// The width the text report is laid out for.
    public static let textWidth = 80

    /// The report for a terminal, laid out for 80 columns (only a long file path goes past); `unicode` false draws the sparkline and any cut title
    /// in ASCII, for a terminal that is not UTF-8. Times are UTC.
    public func text(unicode: Bool) -> String {
        var out = "Profile \(ReportText.printable(profile))\n"
        out += "Progress file \(ReportText.printable(progressFile))\n"
        out += "Answered \(answered), correct \(Credit.text(correct)), accuracy \(ReportText.percent(accuracy)); \(questionsSeen) different questions seen.\n"
        out += "\n" + tallyTable(unicode: unicode)
        out += "\n" + trendText(unicode: unicode)
        out += "\n" + examsText()
        out += "\n" + trainingText(unicode: unicode)
        out += "\n" + assessmentText()
        out += "\n" + ReadinessText.text(readiness, unicode: unicode)
        out += "\n" + reviewText()
        return out
    }

    private typealias TallyRow = (title: String, answered: Int, correct: Double, accuracy: Double?)

    /// Topics and service models in one column layout, so their numbers line up.
    private func tallyTable(unicode: Bool) -> String {
        let topicRows: [TallyRow] = topics.map { (ReportText.printable($0.title), $0.answered, $0.correct, $0.accuracy) }
        let modelRows: [TallyRow] = serviceModels.lines.map { ($0.title, $0.answered, $0.correct, $0.accuracy) }
        let taskRows: [TallyRow] = examTasks.map { ("\($0.id) \($0.title)", $0.answered, $0.correct, $0.accuracy) }
        let counts = "  Answered  Correct  Accuracy"
        let longest = (topicRows + modelRows + taskRows).map(\.title.count).max() ?? 0
        let nameWidth = min(max(longest, "Service model".count), Self.textWidth - counts.count)
        let row = { (row: TallyRow) in
            ReportText.left(ReportText.cut(row.title, nameWidth, unicode: unicode), nameWidth)
                + ReportText.right(String(row.answered), 10) + ReportText.right(Credit.text(row.correct), 9)
                + ReportText.right(ReportText.percent(row.accuracy), 10) + "\n"
        }
        var out = ReportText.left("Topic", nameWidth) + counts + "\n" + topicRows.map(row).joined()
        if !taskRows.isEmpty {
            out += "\n" + ReportText.left("Exam task (CLF-C02)", nameWidth) + counts + "\n" + taskRows.map(row).joined()
        }
        out += "\n" + ReportText.left("Service model", nameWidth) + counts + "\n" + modelRows.map(row).joined()
        let without = serviceModels.answersWithoutServiceModel
        if without > 0 {
            out += "\(Self.answers(without)) about no one service model \(without == 1 ? "counts" : "count") in the totals only.\n"
        }
        let gone = serviceModels.answersNotInBank
        if gone > 0 {
            out += "\(Self.answers(gone)) to questions no longer in the bank \(gone == 1 ? "counts" : "count") in the totals only.\n"
        }
        return out
    }

    private func trendText(unicode: Bool) -> String {
        guard !trend.sessions.isEmpty else { return "Trend: no sessions yet.\n" }
        let count = trend.sessions.count
        let which = trend.sessionsInAll > count ? "the last \(count) of \(trend.sessionsInAll) sessions" : count == 1 ? "1 session" : "\(count) sessions"
        var out = "Trend: accuracy in \(which), oldest first  \(trend.sparkline(unicode: unicode))\n"
        let modeWidth = trend.sessions.map { ReportText.printable($0.mode).count }.max() ?? 0
        let tally = { (session: SessionTrend.Session) in "\(Credit.text(session.correct)) of \(session.answered)" }
        let tallyWidth = trend.sessions.map { tally($0).count }.max() ?? 0
        for session in trend.sessions {
            out += "  \(ReportText.dayAndTime(session.startedAt))  \(ReportText.left(ReportText.printable(session.mode), modeWidth))  "
            out += ReportText.right(tally(session), tallyWidth) + ReportText.right(ReportText.percent(session.accuracy), 6) + "\n"
        }
        return out
    }

    private func examsText() -> String {
        guard let best = exams.best else { return "Exams: none taken yet.\n" }
        var out = "Exams (scaled scores are estimates: AWS does not publish its scaling)\n"
        let tallyWidth = exams.taken.map { "\($0.correct) of \($0.questions)".count }.max() ?? 0
        let line = { (exam: ExamHistory.Exam) in
            "\(ReportText.dayAndTime(exam.finishedAt))  " + ReportText.right("\(exam.correct) of \(exam.questions)", tallyWidth)
                + ReportText.right(ReportText.percent(exam.score), 5) + ReportText.right(String(exam.scaledEstimate), 5)
                + " estimated  " + (exam.passed ? "pass" : "fail")
        }
        for exam in exams.taken { out += "  " + line(exam) + ReportText.right(exam.timeUsedText, 6) + " used, " + exam.endingText + "\n" }
        out += "  Best: " + line(best) + "\n"
        return out
    }

    private func trainingText(unicode: Bool) -> String {
        var out = "Training\n"
        if training.completed, let date = training.completedAt {
            out += "  Completed \(ReportText.dayAndTime(date)) at a pass mark of \(ReportText.percent(training.passMark)), "
            let score = training.score ?? TrainingScore(correct: 0, total: 0)
            out += "training score \(score.percentText)\n"
            out += "  (\(score.correct) of \(score.total) right), on the bank with fingerprint "
            out += "\(ReportText.printable(training.shortFingerprint ?? "-")).\n"
        } else {
            out += "  Not completed.\n"
        }
        guard training.modulesTotal > 0 else { return out + "  The bank in use has no training modules.\n" }
        out += "  \(training.modulesPassed) of \(training.modulesTotal) modules passed"
        guard !training.modulesRemaining.isEmpty else { return out + ".\n" }
        out += "; still to pass:\n"
        for module in training.modulesRemaining {
            out += "    " + ReportText.cut(module.title, Self.textWidth - 4, unicode: unicode) + "\n"
        }
        return out
    }

    private func assessmentText() -> String {
        guard let latest = latestAssessment else { return "Self-assessment: none taken yet.\n" }
        var out = "Latest self-assessment \(ReportText.dayAndTime(latest.finishedAt)): \(Credit.text(latest.correct)) of "
        out += "\(latest.answered) right (\(ReportText.percent(latest.accuracy)))\n"
        let width = Confidence.allCases.map(\.title.count).max() ?? 0
        for line in latest.calibration {
            out += "  " + ReportText.left(line.confidence.title, width) + "  "
            out += line.answered == 0 ? "no answers\n"
                : "\(Credit.text(line.correct)) of \(line.answered) right (\(ReportText.percent(line.accuracy))), \(line.wrong) wrong\n"
        }
        if latest.luckyGuesses > 0 {
            out += "  \(latest.luckyGuesses) right answer\(latest.luckyGuesses == 1 ? " was a guess" : "s were guesses").\n"
        }
        return out
    }

    private func reviewText() -> String {
        guard review.cards > 0 else { return "Review: nothing to review yet.\nTimes are UTC.\n" }
        var out = "Review: \(review.dueNow) of \(review.cards) card\(review.cards == 1 ? "" : "s") due now"
        if let next = review.nextDueAt { out += "; the next comes due \(ReportText.dayAndTime(next))" }
        return out + ".\nTimes are UTC.\n"
    }

    private static func answers(_ count: Int) -> String {
        count == 1 ? "1 answer" : "\(count) answers"
    }
}
