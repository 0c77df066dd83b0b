import QuizCore

/// An exam question being answered: the status line, the prompt and the choices with the learner's picks.
/// Nothing says whether a pick is right until the exam is submitted.
enum ExamQuestionView {
    static func lines(_ session: ExamSession, context: ViewContext, width: Int) -> [StyledLine] {
        var body = BodyBuilder(width: width)
        var status = [Span("Question \(session.position + 1) of \(session.items.count)", .heading), Span("\(session.answeredCount) of \(session.items.count) answered")]
        if session.flagged.contains(session.position) { status.append(ExamStatusView.flagged(context.glyphs)) }
        ExamStatusView.add(status, session: session, context: context, to: &body)
        guard let item = session.current else { return body.lines }
        body.blank()
        body.paragraph(PracticeView.prompt(item.question), style: .heading)
        body.blank()
        addChoices(item, picked: session.picks[session.position], highlighted: session.highlighted, glyphs: context.glyphs, to: &body)
        if item.question.kind == .multiple {
            let picked = session.picks[session.position].count
            let required = item.question.picksRequired
            body.blank()
            body.line([Span("\(picked) of \(required) chosen", picked > required ? .notice : .muted)])
        }
        return body.lines
    }

    private static func addChoices(_ item: SessionItem, picked: Set<Int>, highlighted: Int?, glyphs: Glyphs, to body: inout BodyBuilder) {
        let isMultiple = item.question.kind == .multiple
        for (position, choice) in item.shownChoices.enumerated() {
            let isOn = position == highlighted
            let isPicked = picked.contains(position)
            let mark = isMultiple ? (isPicked ? glyphs.checked : glyphs.unchecked) : (isPicked ? glyphs.radioOn : glyphs.radioOff)
            let style: Style = isOn ? .selected : .plain
            let prefix = [
                Span(isOn ? "\(glyphs.pointer) " : "  ", isOn ? .selected : .plain), Span("\(mark) ", isPicked ? .heading : .plain),
                Span("\(position + 1). ", style),
            ]
            body.paragraph(choice.text, style: style, prefix: prefix, highlighted: isOn)
        }
    }
}
