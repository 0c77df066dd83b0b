import QuizCore

/// The exam start screen: the exam as set up, its length, the rules, then the exam tasks and topics to tick to
/// draw only from them.
enum ExamStartView {
    static func lines(_ start: ExamStart, context: ViewContext, width: Int) -> [StyledLine] {
        let bank = context.bank
        let glyphs = context.glyphs
        var body = BodyBuilder(width: width)
        body.paragraph(summary(start, bank: bank), style: .heading)
        body.blank()
        let lengths = start.rows.compactMap { row -> ExamLength? in
            if case .length(let length) = row { return length }
            return nil
        }
        let lengthTitleWidth = lengths.map { DisplayWidth.of(title($0)) }.max() ?? 0
        for (index, row) in start.rows.enumerated() {
            guard case .length(let length) = row else { continue }
            let mark = length == start.length ? glyphs.radioOn : glyphs.radioOff
            addRow(
                index, mark: mark, title: ExamText.padded(title(length), to: lengthTitleWidth), detail: detail(length), start: start,
                glyphs: glyphs, to: &body
            )
        }
        body.blank()
        body.line([Span("The rules", .heading)])
        for rule in rules {
            body.paragraph(rule, prefix: [Span(" \(glyphs.separator) ")])
        }
        body.blank()
        body.line([Span("Draw from (tick none for the whole bank)", .heading)])
        let focusTitleWidth = start.rows.map { DisplayWidth.of(focusTitle($0)) }.max() ?? 0
        for (index, row) in start.rows.enumerated() {
            let title = ExamText.padded(focusTitle(row), to: focusTitleWidth)
            switch row {
            case .length: continue
            case .task(let task):
                let count = bank.questions.count { $0.examTask == task }
                let mark = start.tasks.contains(task) ? glyphs.checked : glyphs.unchecked
                addRow(index, mark: mark, title: title, detail: "\(task.title) (\(count))", start: start, glyphs: glyphs, to: &body)
            case .topic(let topic):
                let count = bank.questions.count { $0.topic == topic }
                let mark = start.topics.contains(topic) ? glyphs.checked : glyphs.unchecked
                addRow(index, mark: mark, title: title, detail: "\(bank.topicTitle(topic)) (\(count))", start: start, glyphs: glyphs, to: &body)
            }
        }
        return body.lines
    }

    /// Lines at the top kept in view however far the checklist scrolls: the exam as set up.
    static func pinnedLines(_ start: ExamStart, bank: Bank, width: Int) -> Int {
        var body = BodyBuilder(width: width)
        body.paragraph(summary(start, bank: bank), style: .heading)
        return body.lines.count
    }

    private static func focusTitle(_ row: ExamStart.Row) -> String {
        switch row {
        case .length: ""
        case .task(let task): "Task \(task.id)"
        case .topic: "Topic"
        }
    }

    /// "This exam: 20 questions in 28 minutes, from the whole bank. Enter starts it."
    static func summary(_ start: ExamStart, bank: Bank) -> String {
        let settings = start.settings(in: bank, seed: 0)
        let ticked = start.tasks.count + start.topics.count
        let from = start.isFocused
            ? "from the \(ExamText.plural(ticked, "task or topic", plural: "tasks and topics")) ticked below"
            : "from the whole bank"
        return "This exam: \(ExamText.plural(settings.questionCount, "question")) in \(ExamText.plural(settings.minutes, "minute")), \(from). Enter starts it."
    }

    private static func title(_ length: ExamLength) -> String {
        switch length {
        case .full: "Full exam"
        case .short: "Short exam"
        case .custom: "As asked"
        }
    }

    private static func detail(_ length: ExamLength) -> String {
        let figures = "\(length.questionCount) questions, \(ExamText.plural(length.minutes, "minute"))"
        switch length {
        case .full: return "\(figures), as the real exam"
        case .short: return "\(figures), at the real exam's pace"
        case .custom: return "\(figures), from the command line"
        }
    }

    private static func addRow(
        _ index: Int, mark: String, title: String, detail: String, start: ExamStart, glyphs: Glyphs, to body: inout BodyBuilder
    ) {
        let isOn = index == start.highlighted
        let style: Style = isOn ? .selected : .plain
        body.paragraph(
            detail, style: isOn ? .plain : .muted,
            prefix: [Span(isOn ? " \(glyphs.pointer) " : "   ", style), Span("\(mark) ", .plain), Span(title, style), Span("  ")],
            highlighted: isOn
        )
    }

    /// What the exam is like, from the figures the exam itself uses.
    static var rules: [String] {
        let warnings = TimeWarning.allCases.map { "\($0.minutesLeft)" }
        let span = ScaledScore.highest - ScaledScore.lowest
        let passPercent = ((ScaledScore.passLine - ScaledScore.lowest) * 200 + span) / (span * 2)
        return [
            "No feedback until you submit (s); until then any answer can be changed.",
            "f flags a question to come back to; r lists every question, filtered to the flagged or the unanswered.",
            "Warnings at \(warnings.joined(separator: " and ")) minutes left; at 0:00 the exam is submitted as it stands.",
            "Pass line: \(ScaledScore.passLine) on a scale of \(ScaledScore.lowest) to \(ScaledScore.highest), about \(passPercent)% right. "
                + "The scaled score is an estimate: AWS does not publish how it scales scores.",
            "Saved as you go: leave with q and choose Exam again to resume.",
        ]
    }
}
