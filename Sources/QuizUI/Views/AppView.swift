import QuizCore

/// Draws the whole app state into a screen buffer of the given size.
public enum AppView {
    public static let minimumWidth = 60
    public static let minimumHeight = 16

    public static func render(_ state: AppState, context: ViewContext, width: Int, height: Int) -> ScreenBuffer {
        var screen = ScreenBuffer(width: width, height: height)
        guard fits(width: width, height: height) else {
            TooSmallView.draw(into: &screen, confirmingQuit: state.confirmingQuit)
            return screen
        }
        let bodyWidth = Chrome.bodyWidth(width: width)
        let lines = bodyLines(state, context: context, width: bodyWidth, height: Chrome.bodyRows(height: height).count)
        Chrome.drawBody(
            lines, pinned: pinnedLines(state, context: context, width: bodyWidth), scroll: state.scroll, followingHighlight: state.followsHighlight,
            readsOnWithEnter: ReadingOn.isReading(state), into: &screen, glyphs: context.glyphs
        )
        let hints = KeyBindings.hints(for: state, glyphs: context.glyphs, unreadBelow: screen.scrollLimit - screen.scrollOffset)
        Chrome.draw(into: &screen, profile: state.profile, hints: hints, glyphs: context.glyphs)
        if case .exam(let session) = state.screen, case .confirmingSubmit = session.phase {
            ExamSubmitConfirmView.draw(session, into: &screen, glyphs: context.glyphs)
        }
        if state.confirmingQuit {
            QuitConfirmView.draw(state, into: &screen, glyphs: context.glyphs)
        }
        if state.showsHelp {
            HelpView.draw(state, into: &screen, glyphs: context.glyphs)
        }
        return screen
    }

    /// Whether a terminal of this size shows the app; a smaller one shows only "enlarge the terminal".
    public static func fits(width: Int, height: Int) -> Bool {
        width >= minimumWidth && height >= minimumHeight
    }

    /// The screen's body as lines of `width` columns, without the frame: what plain mode prints.
    public static func bodyLines(_ state: AppState, context: ViewContext, width bodyWidth: Int, height: Int) -> [StyledLine] {
        if state.showsGlossary { return GlossaryView.lines(context.bank.glossary, width: bodyWidth) }
        let lines: [StyledLine]
        switch state.screen {
        case .home(let highlighted):
            lines = HomeView.lines(highlighted: highlighted, state: state, context: context, width: bodyWidth)
        case .practice(let session):
            lines = PracticeView.lines(session, state: state, context: context, width: bodyWidth)
        case .assess(let session):
            lines = AssessView.lines(session, history: state.matrixHistory, context: context, width: bodyWidth, height: height)
        case .review(let session):
            lines = ReviewView.lines(session, state: state, context: context, width: bodyWidth)
        case .exam(let session):
            lines = ExamView.lines(session, context: context, width: bodyWidth)
        case .training(let session):
            lines = TrainingView.lines(session, context: context, width: bodyWidth)
        case .drill(let session):
            lines = DrillView.lines(session, context: context, width: bodyWidth, height: height)
        case let .examResumeOffer(saved, confirmingDiscard):
            lines = ExamResumeView.lines(saved, confirmingDiscard: confirmingDiscard, context: context, width: bodyWidth)
        case .examStart(let start):
            lines = ExamStartView.lines(start, context: context, width: bodyWidth)
        case .progress:
            lines = ProgressView.lines(state, context: context, width: bodyWidth)
        case .pastAssessment(let index):
            lines = ProgressView.pastAssessmentLines(state, index: index, context: context, width: bodyWidth, height: height)
        case .practicePicker(let picker):
            lines = PracticePickerView.lines(picker, state: state, context: context, width: bodyWidth)
        case .pastExam(let review):
            lines = PastExamView.lines(state, review: review, context: context, width: bodyWidth)
        }
        return lines
    }

    /// Body lines kept in view however far the body scrolls: an exam's status line with its countdown, the exam
    /// start screen's summary.
    private static func pinnedLines(_ state: AppState, context: ViewContext, width: Int) -> Int {
        if state.showsGlossary { return 0 }
        if case .exam(let session) = state.screen, session.isUnderWay { return 1 }
        if case .examStart(let start) = state.screen { return ExamStartView.pinnedLines(start, bank: context.bank, width: width) }
        return 0
    }
}
