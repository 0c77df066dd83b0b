import QuizCore

/// The practice picker: each topic, then each CLF-C02 task statement, with its recent accuracy (the last
/// `RecentResults.window` answers) where there is one. Rows are numbered for plain mode, which types them.
enum PracticePickerView {
    static func lines(_ picker: PracticePicker, state: AppState, context: ViewContext, width: Int) -> [StyledLine] {
        let glyphs = context.glyphs
        var body = BodyBuilder(width: width)
        body.line([Span("Practise one topic or exam task", .heading)])
        body.blank()
        body.paragraph("Recent accuracy is over your last \(RecentResults.window) answers in each.", style: .muted)
        let numberWidth = DisplayWidth.of(String(picker.choices.count))
        let recentWidth = DisplayWidth.of("not yet answered")
        let nameWidth = max(10, width - numberWidth - recentWidth - 6)
        for (index, focus) in picker.choices.enumerated() {
            if index == 0 || isTask(focus) != isTask(picker.choices[index - 1]) {
                body.blank()
                body.line([Span(isTask(focus) ? "Exam tasks (CLF-C02)" : "Topics", .heading)])
            }
            let isOn = index == picker.highlighted
            let name = context.fitted(title(focus, bank: context.bank), width: nameWidth)
            let tally = recent(focus, state: state)
            let recentText = tally.accuracy.map { "\(Credit.text(tally.correct)) of \(tally.answered)  \(ProgressView.percent($0))" } ?? "not yet answered"
            body.line([
                Span("\(isOn ? glyphs.pointer : " ") \(ExamText.rightAligned(String(index + 1), to: numberWidth)). ", isOn ? .selected : .plain),
                Span(ExamText.padded(name, to: nameWidth), isOn ? .selected : .plain),
                Span("  " + ExamText.rightAligned(recentText, to: recentWidth), tally.accuracy == nil ? .muted : .plain),
            ], highlighted: isOn)
        }
        return body.lines
    }

    static func title(_ focus: PracticeFocus, bank: Bank) -> String {
        switch focus {
        case .topic(let id): bank.topicTitle(id)
        case .task(let task): "\(task.id) \(task.title)"
        default: focus.title(in: bank)
        }
    }

    private static func isTask(_ focus: PracticeFocus) -> Bool {
        if case .task = focus { return true }
        return false
    }

    private static func recent(_ focus: PracticeFocus, state: AppState) -> ProgressTotals.Tally {
        switch focus {
        case .topic(let id): state.recent.tally(topic: id)
        case .task(let task): state.recent.tally(task: task)
        default: ProgressTotals.Tally()
        }
    }
}
