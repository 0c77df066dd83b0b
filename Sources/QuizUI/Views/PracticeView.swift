import QuizCore

/// A practice session: the question and its choices, the feedback after an answer, and the summary.
enum PracticeView {
    static func lines(_ session: PracticeSession, state: AppState, context: ViewContext, width: Int) -> [StyledLine] {
        var body = BodyBuilder(width: width)
        guard let item = session.current, session.phase != .finished else {
            SummaryView.add(session, totals: state.totals, context: context, to: &body)
            return body.lines
        }
        if session.showsStory, let scenario = item.scenario {
            StoryView.add(scenario, to: &body)
            return body.lines
        }
        addStatus(session, item: item, context: context, to: &body)
        if let aim = session.aim { body.paragraph(aim, style: .muted) }
        if let scenario = item.scenario {
            body.paragraph(
                "step \(scenario.step + 1) of \(scenario.stepCount)", style: .muted,
                prefix: [Span("Scenario: ", .muted), Span(scenario.title, .plain), Span(" \(context.glyphs.separator) ", .muted)]
            )
        }
        body.blank()
        addQuestion(session, item: item, glyphs: context.glyphs, to: &body)
        return body.lines
    }

    /// The prompt, then the choices (and any notice) while answering, or the feedback once answered.
    static func addQuestion(_ session: PracticeSession, item: SessionItem, glyphs: Glyphs, to body: inout BodyBuilder) {
        body.paragraph(prompt(item.question), style: .heading)
        body.blank()
        switch session.phase {
        case let .answering(highlighted, picked, notice):
            addChoices(item, highlighted: highlighted, picked: picked, glyphs: glyphs, to: &body)
            add(notice, item: item, to: &body)
        case .reviewing(let outcome):
            FeedbackView.add(item, outcome: outcome, glyphs: glyphs, to: &body)
        case .finished:
            break
        }
    }

    /// Why the last key answered nothing, under the choices.
    static func add(_ notice: PracticeSession.Notice?, item: SessionItem, to body: inout BodyBuilder) {
        guard let notice else { return }
        body.blank()
        switch notice {
        case let .pickExactly(required, count):
            body.paragraph("Choose exactly \(required) options before you submit (\(count) chosen).", style: .notice)
        case .chooseFirst:
            let count = item.order.count
            let how = item.question.kind == .multiple
                ? "Nothing is chosen yet: press a number from 1 to \(count), or move to an option and press Space, to tick it."
                : "Nothing is chosen yet: press a number from 1 to \(count), or move to an option and press Enter."
            body.paragraph(how, style: .notice)
        }
    }

    static func prompt(_ question: Question) -> String {
        guard question.kind == .multiple else { return question.prompt }
        let words = [2: "two", 3: "three", 4: "four", 5: "five"]
        return "\(question.prompt) (Choose \(words[question.picksRequired] ?? String(question.picksRequired)).)"
    }

    private static func addStatus(_ session: PracticeSession, item: SessionItem, context: ViewContext, to body: inout BodyBuilder) {
        let separator = " \(context.glyphs.separator) "
        let left = "Question \(session.position + 1) of \(session.items.count)" + separator
            + "Score \(session.score) of \(session.outcomes.count)"
        let right = context.bank.topicTitle(item.question.topic) + separator + item.question.difficulty.rawValue
        let gap = body.width - DisplayWidth.of(left) - DisplayWidth.of(right)
        if gap >= 2 {
            body.line([Span(left, .heading), Span(String(repeating: " ", count: gap)), Span(right, .muted)])
        } else {
            body.line([Span(left, .heading)])
        }
    }

    static func addChoices(
        _ item: SessionItem, highlighted: Int?, picked: Set<Int>, glyphs: Glyphs, to body: inout BodyBuilder
    ) {
        let isMultiple = item.question.kind == .multiple
        for (position, choice) in item.shownChoices.enumerated() {
            let isOn = position == highlighted
            var prefix = [Span(isOn ? "\(glyphs.pointer) " : "  ", isOn ? .selected : .plain)]
            if isMultiple {
                prefix.append(Span((picked.contains(position) ? glyphs.checked : glyphs.unchecked) + " ", picked.contains(position) ? .heading : .plain))
            }
            prefix.append(Span("\(position + 1). ", isOn ? .selected : .plain))
            body.paragraph(choice.text, style: isOn ? .selected : .plain, prefix: prefix, highlighted: isOn)
        }
    }
}
