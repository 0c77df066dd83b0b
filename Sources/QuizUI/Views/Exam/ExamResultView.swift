import QuizCore

/// The result screen: raw score, the estimated scaled score against the pass line, pass or fail in words,
/// the time used and each topic's verdict.
enum ExamResultView {
    static func lines(_ result: ExamResult, session: ExamSession, context: ViewContext, width: Int) -> [StyledLine] {
        let glyphs = context.glyphs
        var body = BodyBuilder(width: width)
        body.line([Span("Exam result", .heading)])
        if result.howEnded == .timeExpired {
            body.paragraph("Time ran out: the exam was submitted with the answers as they stood.", style: .notice)
        }
        body.blank()
        body.line([
            Span("Result: "),
            result.passed ? Span("\(glyphs.correct) PASS", .correct) : Span("\(glyphs.wrong) FAIL", .wrong),
        ])
        let share = result.total == 0 ? "" : " (\(ProgressView.percent(Double(result.correct) / Double(result.total))))"
        body.line([Span("Raw score: \(result.correct) of \(result.total) correct\(share)")])
        body.paragraph("Estimated scaled score: \(result.scaledEstimate) / \(ScaledScore.highest) (estimate: AWS does not publish its scaling)")
        body.line([Span("Pass line: \(ScaledScore.passLine)")])
        body.line([Span("Time used: \(ExamText.clock(Double(result.secondsUsed))) of \(ExamText.clock(session.settings.timeLimit))")])
        body.blank()
        addTopics(result, context: context, to: &body)
        return body.lines
    }

    /// One row per topic in the bank's order, then one per CLF-C02 task statement: correct of total, the share, and
    /// "meets" or "needs improvement".
    private static func addTopics(_ result: ExamResult, context: ViewContext, to body: inout BodyBuilder) {
        let order = Dictionary(context.bank.topics.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let topics = result.topics.sorted { (order[$0.topic] ?? Int.max, $0.topic) < (order[$1.topic] ?? Int.max, $1.topic) }
        addScores(
            "By topic (meets at \(TopicScore.meetsPercent)% or better)", topics.map { (context.bank.topicTitle($0.topic), $0) },
            context: context, to: &body
        )
        let tasks = result.tasks(taskOf: context.bank.examTask(ofQuestion:))
        guard !tasks.isEmpty else { return }
        body.blank()
        addScores("By CLF-C02 task statement", tasks.map { ("\($0.task.id) \($0.task.title)", $0.score) }, context: context, to: &body)
    }

    static func addScores(_ heading: String, _ rows: [(name: String, score: TopicScore)], context: ViewContext, to body: inout BodyBuilder) {
        let glyphs = context.glyphs
        let verdictWidth = DisplayWidth.of("\(glyphs.wrong) needs improvement")
        let countsWidth = 14
        let nameWidth = max(8, body.width - countsWidth - verdictWidth - 2)
        body.line([Span(ExamText.padded(heading, to: nameWidth + countsWidth), .heading)])
        for (title, score) in rows {
            let name = context.fitted(title, width: nameWidth)
            let percent = ProgressView.percent(Double(score.correct) / Double(max(score.total, 1)))
            let counts = ExamText.rightAligned("\(score.correct) of \(score.total)", to: 8) + ExamText.rightAligned(percent, to: 6)
            let verdict = score.meets ? Span("\(glyphs.correct) meets", .correct) : Span("\(glyphs.wrong) needs improvement", .wrong)
            body.line([Span(ExamText.padded(name, to: nameWidth) + counts + "  "), verdict])
        }
    }
}
