import QuizCore

/// Every question of the exam with its status (answered or not, flagged), under a filter, one row each.
enum ExamReviewListView {
    static func lines(_ session: ExamSession, list: ExamSession.ReviewList, context: ViewContext, width: Int) -> [StyledLine] {
        let glyphs = context.glyphs
        var body = BodyBuilder(width: width)
        ExamStatusView.add(
            [Span("Review", .heading), Span("\(session.answeredCount) of \(session.items.count) answered"),
             Span("\(session.flagged.count) flagged")],
            session: session, context: context, to: &body
        )
        body.blank()
        addFilters(session, current: list.filter, to: &body)
        body.blank()
        if let number = list.typedNumber {
            body.line([Span("Go to question ", .muted), Span("\(number)", .heading), Span(" (Enter)", .muted)])
            body.blank()
        }
        let rows = session.reviewRows(list.filter)
        guard !rows.isEmpty else {
            body.line([Span(list.filter == .flagged ? "No question is flagged." : "Every question is answered.", .muted)])
            return body.lines
        }
        let numberWidth = DisplayWidth.of(String(session.items.count))
        let statusWidth = DisplayWidth.of("\(glyphs.unanswered) unanswered")
        let flagWidth = DisplayWidth.of(ExamStatusView.flagged(glyphs).text)
        for (row, index) in rows.enumerated() {
            let isOn = row == list.highlighted
            let answered = session.isAnswered(index)
            let status = answered ? "\(glyphs.answered) answered" : "\(glyphs.unanswered) unanswered"
            let flag = session.flagged.contains(index) ? ExamStatusView.flagged(glyphs).text : ""
            let lead = "\(isOn ? glyphs.pointer : " ") \(ExamText.rightAligned(String(index + 1), to: numberWidth))  "
            let columns = DisplayWidth.of(lead) + statusWidth + 2 + flagWidth + 2
            let prompt = TextWrap.truncated(session.items[index].question.prompt, width: max(1, width - columns), ellipsis: glyphs.ellipsis)
            body.line([
                Span(lead, isOn ? .selected : .plain),
                Span(ExamText.padded(status, to: statusWidth) + "  ", answered ? .plain : .muted),
                Span(ExamText.padded(flag, to: flagWidth) + "  ", .notice),
                Span(prompt, isOn ? .selected : .plain),
            ], highlighted: isOn)
        }
        return body.lines
    }

    /// "[a All (3)]  u Unanswered (1)  f Flagged (2)": the one in use in brackets, not by colour alone.
    private static func addFilters(_ session: ExamSession, current: ReviewFilter, to body: inout BodyBuilder) {
        var spans = [Span("Show:", .muted)]
        for filter in ReviewFilter.duringExam {
            let label = "\(filter.key) \(filter.title) (\(session.reviewRows(filter).count))"
            spans.append(Span("  "))
            spans.append(filter == current ? Span("[\(label)]", .heading) : Span(label))
        }
        body.line(spans)
    }
}
