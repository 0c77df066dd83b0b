import QuizCore

/// The training's modules in order, each with its status in words and a mark, the next one to take highlighted,
/// and what the highlighted one is about.
enum ModuleListView {
    static func lines(
        _ session: TrainingSession, highlighted: Int, notice: TrainingSession.ListNotice?, context: ViewContext, width: Int
    ) -> [StyledLine] {
        let glyphs = context.glyphs
        var body = BodyBuilder(width: width)
        let passed = "\(session.passedCount) of \(session.modules.count) passed \(glyphs.separator) pass mark \(session.passMark)"
        TrainingView.addSplitLine(left: Span("Awareness training", .heading), right: Span(passed, .muted), to: &body)
        body.blank()
        guard !session.modules.isEmpty else {
            body.paragraph("This question bank has no training modules.")
            return body.lines
        }
        body.paragraph(
            "Take the modules in order: read a few short pages, then answer the questions. Pass a module with "
                + "\(session.passMark) or more to open the next one."
        )
        body.blank()
        let titleWidth = session.modules.map { DisplayWidth.of($0.title) }.max() ?? 0
        for index in session.modules.indices {
            let (mark, text, style) = status(session, index, glyphs: glyphs)
            TrainingView.addModuleRow(
                number: index + 1, title: session.modules[index].title, titleWidth: titleWidth, mark: mark, text: text,
                textStyle: style, pointer: index == highlighted ? glyphs.pointer : nil, to: &body
            )
        }
        body.blank()
        if session.modules.indices.contains(highlighted) {
            addAbout(session, module: highlighted, to: &body)
        }
        if case let .locked(module, passFirst) = notice {
            body.blank()
            body.paragraph(
                "Module \(module + 1) opens once you pass the modules before it: start with module \(passFirst + 1), "
                    + "\(session.modules[passFirst].title).",
                style: .notice
            )
        }
        if session.allPassed {
            body.blank()
            body.paragraph("\(glyphs.correct) Every module is passed: your training is complete. You may retake any module.", style: .correct)
        }
        return body.lines
    }

    private static func status(_ session: TrainingSession, _ index: Int, glyphs: Glyphs) -> (Span, String, Style) {
        switch session.status(ofModule: index) {
        case .passed(let result):
            let score = TrainingView.score(correct: result.correct, total: result.total, passMark: session.passMark)
            return (Span(glyphs.correct, .correct), "Passed: \(score)", .correct)
        case .notPassed(let result):
            let score = TrainingView.score(correct: result.correct, total: result.total, passMark: session.passMark)
            return (Span(glyphs.wrong, .wrong), "Not yet passed: \(score)", .wrong)
        case .notStarted:
            return (Span(glyphs.open), index == session.nextModule ? "Not started: take this one next" : "Not started", .plain)
        case .locked:
            return (Span(glyphs.locked, .muted), "Locked", .muted)
        }
    }

    /// The highlighted module's title, summary and size, and what Enter does with it.
    private static func addAbout(_ session: TrainingSession, module: Int, to body: inout BodyBuilder) {
        let chosen = session.modules[module]
        body.paragraph(chosen.title, style: .heading)
        body.paragraph(chosen.summary)
        let pages = chosen.pages.count == 1 ? "1 page" : "\(chosen.pages.count) pages"
        let questions = chosen.questionCount == 1 ? "1 question" : "\(chosen.questionCount) questions"
        let action = switch session.status(ofModule: module) {
        case .locked: "Opens once the module before it is passed."
        case .passed, .notPassed: "Enter to retake it."
        case .notStarted: "Enter to start."
        }
        body.paragraph("\(pages), then \(questions). \(action)", style: .muted)
    }
}
