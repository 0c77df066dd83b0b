import QuizCore

/// A self-assessment: the question, then "how sure were you?", with no verdict until the end.
enum AssessView {
    static func lines(_ session: AssessSession, history: MatrixHistory, context: ViewContext, width: Int, height: Int) -> [StyledLine] {
        var body = BodyBuilder(width: width)
        if session.isFinished {
            let result = AssessmentResult(answers: session.answers, bank: context.bank)
            AssessResultView.add(result, finishedAt: nil, history: history, context: context, height: height, to: &body)
            return body.lines
        }
        guard let item = session.quiz.current else { return body.lines }
        let separator = " \(context.glyphs.separator) "
        let heading = "Self-assessment\(separator)Question \(session.quiz.position + 1) of \(session.quiz.items.count)"
        let room = body.width - DisplayWidth.of(heading)
        let topic = context.fitted(separator + context.bank.topicTitle(item.question.topic), width: max(0, room))
        body.line([Span(heading, .heading), Span(room > DisplayWidth.of(separator) + 3 ? topic : "", .muted)])
        body.blank()
        body.paragraph(PracticeView.prompt(item.question), style: .heading)
        body.blank()
        if let pending = session.awaitingConfidence {
            let chosen = Set(pending.outcome.chosen)
            for (position, index) in item.order.enumerated() {
                let isChosen = chosen.contains(index)
                body.paragraph(
                    item.question.choices[index].text + (isChosen ? "  (your answer)" : ""), style: isChosen ? .plain : .muted,
                    prefix: [Span(isChosen ? "\(context.glyphs.pointer) " : "  "), Span("\(position + 1). ")]
                )
            }
            body.blank()
            body.line([Span("How sure are you of this answer?", .heading)])
            let titleWidth = Confidence.allCases.map { DisplayWidth.of($0.title) }.max() ?? 0
            for (position, confidence) in Confidence.allCases.enumerated() {
                let isOn = position == pending.highlighted
                body.line([
                    Span(isOn ? "\(context.glyphs.pointer) " : "  ", isOn ? .selected : .plain),
                    Span("\(position + 1). " + confidence.title.padding(toLength: titleWidth, withPad: " ", startingAt: 0), isOn ? .selected : .plain),
                    Span("  \(confidence.meaning)", .muted),
                ], highlighted: isOn)
            }
            if pending.showsChooseFirst {
                body.blank()
                body.paragraph("Nothing is chosen yet: press 1, 2 or 3 (or s, u, g), or move to one and press Enter.", style: .notice)
            }
        } else if case let .answering(highlighted, picked, notice) = session.quiz.phase {
            PracticeView.addChoices(item, highlighted: highlighted, picked: picked, glyphs: context.glyphs, to: &body)
            PracticeView.add(notice, item: item, to: &body)
        }
        return body.lines
    }
}

extension Confidence {
    /// What choosing it says, on the confidence question.
    var meaning: String {
        switch self {
        case .sure: "I know this"
        case .unsure: "I think so"
        case .guessing: "I do not know"
        }
    }
}
