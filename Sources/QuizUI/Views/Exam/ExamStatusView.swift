import QuizCore

/// The line at the top of every exam screen before submission: where the learner is on the left, the
/// countdown on the right, always shown (as a notice under five minutes), and under it any time warning.
/// When the body scrolls, this first line is the one to keep in view.
enum ExamStatusView {
    static let urgentSeconds = TimeWarning.fiveMinutes.threshold

    /// `parts` are joined by the separator; the last ones are left out when the line is too narrow.
    static func add(_ parts: [Span], session: ExamSession, context: ViewContext, to body: inout BodyBuilder) {
        body.line(line(parts, session: session, context: context, width: body.width).spans)
        if let warning = session.activeWarning {
            body.paragraph(ExamText.warning(warning), style: .notice, prefix: [Span("\(context.glyphs.warning) ", .notice)])
        }
    }

    static func line(_ parts: [Span], session: ExamSession, context: ViewContext, width: Int) -> StyledLine {
        let countdown = Span("Time left \(ExamText.clock(session.secondsLeft))", session.secondsLeft <= urgentSeconds ? .notice : .heading)
        let separator = Span(" \(context.glyphs.separator) ", .muted)
        var kept = parts
        while kept.count > 1 {
            let used = kept.reduce(0) { $0 + DisplayWidth.of($1.text) } + (kept.count - 1) * DisplayWidth.of(separator.text)
            if used + 2 + DisplayWidth.of(countdown.text) <= width { break }
            kept.removeLast()
        }
        var spans: [Span] = []
        for (index, part) in kept.enumerated() {
            if index > 0 { spans.append(separator) }
            spans.append(part)
        }
        let gap = width - spans.reduce(0) { $0 + DisplayWidth.of($1.text) } - DisplayWidth.of(countdown.text)
        return StyledLine(spans + [Span(String(repeating: " ", count: max(1, gap))), countdown])
    }

    /// "⚑ flagged", in words as well as the mark.
    static func flagged(_ glyphs: Glyphs) -> Span {
        Span("\(glyphs.flag) flagged", .notice)
    }
}
