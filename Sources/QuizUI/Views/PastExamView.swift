import QuizCore

/// A finished exam opened from the Progress screen: its figures as `report` gives them, its per-task and per-topic
/// result, then its review under a filter, each question with the answer given, the right one and every option's
/// reason. A question since removed from the bank (or changed so that the answer no longer fits it) is said to be.
enum PastExamView {
    static func lines(_ state: AppState, review: PastExamReview, context: ViewContext, width: Int) -> [StyledLine] {
        var body = BodyBuilder(width: width)
        guard state.exams.indices.contains(review.index) else { return body.lines }
        let record = state.exams[review.index]
        let exam = ExamHistory.Exam(record)
        let glyphs = context.glyphs
        body.line([Span("Exam of \(AssessResultView.day(exam.finishedAt))", .heading)])
        body.blank()
        body.line([
            Span("Result: "),
            exam.passed ? Span("\(glyphs.correct) PASS", .correct) : Span("\(glyphs.wrong) FAIL", .wrong),
        ])
        body.paragraph(
            "\(exam.correct) of \(exam.questions) right (\(ProgressView.percent(exam.score))), scaled \(exam.scaledEstimate) "
                + "(an estimate; pass line \(ScaledScore.passLine)); \(exam.timeUsedText) used, \(exam.endingText)."
        )
        body.blank()
        let order = Dictionary(context.bank.topics.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let topics = record.topics.sorted { (order[$0.topic] ?? Int.max, $0.topic) < (order[$1.topic] ?? Int.max, $1.topic) }
        ExamResultView.addScores(
            "By topic (meets at \(TopicScore.meetsPercent)% or better)", topics.map { (context.bank.topicTitle($0.topic), $0) },
            context: context, to: &body
        )
        let tasks = (record.tasks ?? []).map { score in (ExamTask.all.first { $0.id == score.topic }.map { "\($0.id) \($0.title)" } ?? score.topic, score) }
        if !tasks.isEmpty {
            body.blank()
            ExamResultView.addScores("By CLF-C02 task statement", tasks, context: context, to: &body)
        }
        body.blank()
        guard let items = record.items else {
            body.paragraph("This exam was taken before each question's answer was kept: only its score and topics remain.", style: .muted)
            return body.lines
        }
        let resultLines = body.lines.count
        addFilters(record, current: review.filter, to: &body)
        let rows = record.rows(review.filter)
        if rows.isEmpty {
            body.blank()
            body.line([Span(emptyText(review.filter), .muted)])
        }
        for index in rows {
            body.blank()
            addQuestion(items[index], number: index + 1, of: items.count, context: context, to: &body)
        }
        guard review.showsReview else { return body.lines }
        return body.lines.enumerated().map { $0.offset < resultLines ? $0.element : StyledLine($0.element.spans, highlighted: true) }
    }

    /// "Review:  [a All (20)]  w Wrong (3)  f Flagged (2)  u Unanswered (1)": the one in use in brackets; on a
    /// narrow screen the filters go under "Review:".
    private static func addFilters(_ record: ExamRecord, current: ReviewFilter, to body: inout BodyBuilder) {
        var filters: [Span] = []
        for filter in ReviewFilter.afterExam {
            let label = "\(filter.key) \(filter.title) (\(record.rows(filter).count))"
            filters.append(Span(filters.isEmpty ? "" : "  "))
            filters.append(filter == current ? Span("[\(label)]", .heading) : Span(label))
        }
        let heading = Span("Review:  ", .heading)
        if (([heading] + filters).reduce(0) { $0 + DisplayWidth.of($1.text) }) <= body.width {
            body.line([heading] + filters)
        } else {
            body.line([Span("Review:", .heading)])
            body.line(filters)
        }
    }

    private static func emptyText(_ filter: ReviewFilter) -> String {
        switch filter {
        case .all: "The exam had no questions."
        case .wrong: "No answer given was wrong."
        case .flagged: "No question was flagged."
        case .unanswered: "Every question was answered."
        }
    }

    /// One question: its number, verdict and flag, the prompt, every option marked, the verdict in words, the
    /// explanation and every option's reason.
    private static func addQuestion(_ item: ExamRecord.Item, number: Int, of count: Int, context: ViewContext, to body: inout BodyBuilder) {
        let glyphs = context.glyphs
        let verdict = item.correct
            ? Span("\(glyphs.correct) Correct", .correct)
            : Span("\(glyphs.wrong) \(item.wasAttempted ? "Wrong" : "Unanswered")", .wrong)
        let separator = Span(" \(glyphs.separator) ", .muted)
        var heading = [Span("Question \(number) of \(count)", .heading), separator, verdict]
        if item.flagged { heading += [separator, ExamStatusView.flagged(glyphs)] }
        body.line(heading)
        guard let question = context.bank.question(id: item.questionId), item.chosen.allSatisfy(question.choices.indices.contains) else {
            body.paragraph("This question (\(item.questionId)) is no longer in the bank as it was asked, so it cannot be shown.", style: .muted)
            return
        }
        body.paragraph(PracticeView.prompt(question), style: .heading)
        let sessionItem = SessionItem(question: question, order: Array(question.choices.indices))
        let chosen = Set(item.chosen)
        for (position, choice) in question.choices.enumerated() {
            let wasChosen = chosen.contains(position)
            let mark = choice.isCorrect ? glyphs.correct : wasChosen ? glyphs.wrong : " "
            let style: Style = choice.isCorrect ? .correct : wasChosen ? .wrong : .muted
            let text = wasChosen ? "\(choice.text)  (your answer)" : choice.text
            body.paragraph(text, style: style, prefix: [Span("\(mark) ", style), Span("\(position + 1). ", style)])
        }
        let given = item.chosen.map { String($0 + 1) }
        let right = question.choices.indices.filter { question.choices[$0].isCorrect }.map { String($0 + 1) }
        body.line([
            Span(given.isEmpty ? "Your answer: none" : "Your answer: \(given.joined(separator: " and "))", item.correct ? .correct : .wrong),
            Span("; right answer: \(right.joined(separator: " and ")).", .correct),
        ])
        body.paragraph(question.explanation)
        FeedbackView.addReasons(sessionItem, to: &body)
    }
}
