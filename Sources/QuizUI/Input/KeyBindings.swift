import QuizCore

/// Which event a key means on the screen that is up, and the hints that say so.
public enum KeyBindings {
    /// The event `key` means, given the last frame drawn (how far its body can scroll, and its page size).
    public static func event(for key: Key, in state: AppState, frame: ScreenBuffer) -> AppEvent? {
        guard AppView.fits(width: frame.width, height: frame.height) else { return tooSmallEvent(for: key, in: state) }
        if state.showsHelp { return key == .resize ? nil : .helpToggled }
        if key == .character("?"), !state.confirmingQuit { return .helpToggled }
        if !state.confirmingQuit, let moved = reviewListPage(for: key, in: state, frame: frame) { return moved }
        if !state.confirmingQuit, let offset = scrollTarget(for: key, from: frame.scrollOffset, frame: frame) ?? lineScrollTarget(for: key, in: state, frame: frame) {
            return offset == frame.scrollOffset ? nil : .bodyScrolled(to: offset)
        }
        if let readOn = ReadingOn.scroll(for: key, in: state, frame: frame) { return readOn }
        if state.showsGlossary { return glossaryEvent(for: key, frame: frame) }
        if key == .character("g"), state.offersGlossary, !state.confirmingQuit { return .glossaryToggled }
        return event(for: key, in: state)
    }

    /// While the "enlarge the terminal" screen hides the app, only leaving works (and its question, if asked):
    /// no key may act on a screen the learner cannot see.
    private static func tooSmallEvent(for key: Key, in state: AppState) -> AppEvent? {
        switch key {
        case .character("q"), .escape: state.confirmingQuit ? .quitCancelled : .quitRequested
        case .character("y"), .character("Y"): state.confirmingQuit ? .quitConfirmed : nil
        case .character("n"), .character("N"): state.confirmingQuit ? .quitCancelled : nil
        default: nil
        }
    }

    /// Keys while the glossary covers the screen: arrows scroll it a line, and g, Esc, q or Enter close it.
    private static func glossaryEvent(for key: Key, frame: ScreenBuffer) -> AppEvent? {
        switch key {
        case .character("g"), .escape, .character("q"), .enter, .backspace: return .glossaryToggled
        case .down, .character("j"): return frame.scrollOffset < frame.scrollLimit ? .bodyScrolled(to: frame.scrollOffset + 1) : nil
        case .up, .character("k"): return frame.scrollOffset > 0 ? .bodyScrolled(to: frame.scrollOffset - 1) : nil
        case .home: return .bodyScrolled(to: 0)
        case .end: return .bodyScrolled(to: frame.scrollLimit)
        default: return nil
        }
    }

    /// PgUp and PgDn in the exam's review list move the highlight a page, and the body follows it.
    private static func reviewListPage(for key: Key, in state: AppState, frame: ScreenBuffer) -> AppEvent? {
        guard key == .pageUp || key == .pageDown, case .exam(let session) = state.screen, case .reviewList = session.phase else {
            return nil
        }
        let page = max(1, frame.bodyPage - 1)
        return .exam(.highlightMoved(by: key == .pageDown ? page : -page))
    }

    private static func scrollTarget(for key: Key, from scroll: Int, frame: ScreenBuffer) -> Int? {
        let current = min(scroll, frame.scrollLimit)
        switch key {
        case .pageDown: return min(frame.scrollLimit, current + max(1, frame.bodyPage - 1))
        case .pageUp: return max(0, current - max(1, frame.bodyPage - 1))
        default: return nil
        }
    }

    public static func event(for key: Key, in state: AppState) -> AppEvent? {
        if state.confirmingQuit {
            switch key {
            case .character("y"), .character("Y"): return .quitConfirmed
            case .character("n"), .character("N"), .escape, .character("q"): return .quitCancelled
            default: return nil
            }
        }
        switch state.screen {
        case .home(let highlighted):
            switch key {
            case .up, .character("k"): return .homeHighlightMoved(by: -1)
            case .down, .character("j"), .tab: return .homeHighlightMoved(by: 1)
            case .enter: return .homeEntryChosen(highlighted)
            case .character("w"): return .homePracticeFocused(.weakest)
            case .character("m"): return .homePracticeFocused(.missed)
            case .character("t"): return .practicePickerOpened
            case .character("q"), .escape: return .quitRequested
            case .character(let c):
                guard let number = c.wholeNumberValue, let entry = HomeEntry(rawValue: number - 1) else { return nil }
                return .homeEntryChosen(entry)
            default: return nil
            }
        case .practice(let session):
            return practiceEvent(for: key, in: session)
        case .review(let session):
            return practiceEvent(for: key, in: session.practice)
        case .exam(let session):
            switch key {
            case .character("q"): return .quitRequested
            case .escape: return session.isUnderWay ? .quitRequested : .homeRequested
            default: return ExamKeys.event(for: key, in: session).map(AppEvent.exam)
            }
        case .training(let session):
            switch key {
            case .character("q"): return .quitRequested
            case .escape: return session.isUnderWay ? .quitRequested : .homeRequested
            default: return TrainingKeys.event(for: key, in: session).map(AppEvent.training)
            }
        case .drill(let session):
            switch key {
            case .character("q"): return .quitRequested
            case .escape: return session.isUnderWay ? .quitRequested : .homeRequested
            case .enter where session.isMarked: return .homeRequested
            default: return DrillKeys.event(for: key, in: session).map(AppEvent.drill)
            }
        case .examResumeOffer(_, confirmingDiscard: true):
            switch key {
            case .character("y"), .character("Y"): return .examDiscardConfirmed
            case .character("n"), .character("N"), .escape, .character("q"): return .examDiscardCancelled
            default: return nil
            }
        case .examResumeOffer:
            switch key {
            case .character("y"), .character("Y"), .enter: return .examResumeAccepted
            case .character("n"), .character("N"): return .examResumeDeclined
            case .escape: return .homeRequested
            case .character("q"): return .quitRequested
            default: return nil
            }
        case .examStart:
            switch key {
            case .character("q"): return .quitRequested
            case .escape, .backspace: return .homeRequested
            default: return ExamStartKeys.event(for: key).map(AppEvent.examStart)
            }
        case .assess(let session):
            if key == .character("q") || key == .escape { return .quitRequested }
            return AssessKeys.event(for: key, in: session)
        case .progress:
            switch key {
            case .enter, .escape, .character("q"), .backspace: return .homeRequested
            case .character("e"): return state.exams.isEmpty ? nil : .pastExamOpened(state.exams.count - 1)
            case .character(let c):
                guard let number = c.wholeNumberValue else { return nil }
                return ProgressView.assessmentIndex(listedAs: number, among: state.assessments.count).map(AppEvent.pastAssessmentOpened)
            default: return nil
            }
        case .pastAssessment(let index):
            switch key {
            case .enter, .escape, .character("q"), .backspace: return .homeRequested
            case .character("<"): return index > 0 ? .pastAssessmentOpened(index - 1) : nil
            case .character(">"): return index + 1 < state.assessments.count ? .pastAssessmentOpened(index + 1) : nil
            default: return nil
            }
        case .pastExam(let review):
            return pastExamEvent(for: key, review, among: state.exams.count)
        case .practicePicker(let picker):
            return practicePickerEvent(for: key, picker)
        }
    }

    private static func practiceEvent(for key: Key, in session: PracticeSession) -> AppEvent? {
        switch key {
        case .character("q"), .escape: return .quitRequested
        default: break
        }
        if session.showsStory {
            return key == .enter || key == .character(" ") || key == .character("i") ? .session(.storyClosed) : nil
        }
        if key == .character("i"), session.current?.scenario != nil, session.phase != .finished {
            return .session(.storyOpened)
        }
        switch session.phase {
        case .answering:
            switch key {
            case .up, .character("k"): return .session(.highlightMoved(by: -1))
            case .down, .character("j"), .tab: return .session(.highlightMoved(by: 1))
            case .character(" "): return .session(.highlightedChoiceToggled)
            case .enter: return .session(.answerChosen)
            case .character(let c):
                guard let number = c.wholeNumberValue, number >= 1 else { return nil }
                return .session(.choicePicked(number - 1))
            default: return nil
            }
        case .reviewing:
            return key == .enter || key == .character(" ") ? .session(.nextRequested) : nil
        case .finished:
            if key == .character("r"), !session.missed.isEmpty { return .retryMissedRequested }
            return key == .enter ? .homeRequested : nil
        }
    }

    /// The hint line; `unreadBelow` is how many body lines the frame leaves below the fold.
    public static func hints(for state: AppState, glyphs: Glyphs, unreadBelow: Int = 0) -> [KeyHint] {
        if state.showsHelp { return [KeyHint("any key", "to close")] }
        if state.confirmingQuit {
            return [KeyHint("y", "leave"), KeyHint("n", "stay")]
        }
        if state.showsGlossary {
            return [KeyHint(glyphs == .unicode ? "↑↓ PgUp PgDn" : "Up Down PgUp PgDn", "scroll"), KeyHint("g/Esc", "back to the question")]
        }
        let hints = ReadingOn.hints(screenHints(for: state, glyphs: glyphs), in: state, unreadBelow: unreadBelow)
        return leavingHints(hints, in: state) + [KeyHint("?", "help")]
    }

    /// In a session started from the home screen, `q` goes back there rather than quitting the app.
    private static func leavingHints(_ hints: [KeyHint], in state: AppState) -> [KeyHint] {
        if case .home = state.screen { return hints }
        guard state.leavesToHome else { return hints }
        return hints.map { $0.keys == "q" && $0.action == "quit" ? KeyHint("q", "leave") : $0 }
    }

    private static func screenHints(for state: AppState, glyphs: Glyphs) -> [KeyHint] {
        let move = glyphs == .unicode ? "↑↓" : "Up/Down"
        switch state.screen {
        case .home:
            return [KeyHint(move, "move"), KeyHint("Enter", "choose"), KeyHint("1-\(HomeEntry.allCases.count)", "pick"), KeyHint("t", "topic"), KeyHint("q", "quit")]
        case .progress:
            let count = min(state.assessments.count, ProgressView.assessmentsListed)
            let exam = state.exams.isEmpty ? [] : [KeyHint("e", "the latest exam")]
            return (count == 0 ? [] : [KeyHint(count == 1 ? "1" : "1-\(count)", "open an assessment")]) + exam + [KeyHint("Enter/q", "back")]
        case .pastAssessment:
            return (state.assessments.count > 1 ? [KeyHint("< >", "older/newer")] : []) + [KeyHint("Enter/q", "back to progress")]
        case .pastExam(let review):
            return pastExamHints(review, among: state.exams.count, move: move)
        case .practicePicker:
            return [KeyHint(move, "move"), KeyHint("Enter", "practise it"), KeyHint("Esc", "home")]
        case .assess(let session):
            return AssessKeys.hints(for: session, move: move)
        case .review(let review):
            return practiceHints(review.practice, move: move)
        case .exam(let session):
            let leave = session.isUnderWay ? [KeyHint("q", "quit")] : [KeyHint("Esc", "home"), KeyHint("q", "quit")]
            return ExamKeys.hints(for: session, glyphs: glyphs) + leave
        case .training(let session):
            let hints = TrainingKeys.hints(for: session, glyphs: glyphs)
            return session.isUnderWay ? hints : hints.filter { $0.keys != "q" } + [KeyHint("Esc", "home"), KeyHint("q", "quit")]
        case .drill(let session):
            let leave = session.isMarked ? [KeyHint("Enter", "home"), KeyHint("q", "quit")]
                : session.isUnderWay ? [KeyHint("q", "quit")] : [KeyHint("Esc", "home"), KeyHint("q", "quit")]
            return DrillKeys.hints(for: session, glyphs: glyphs) + leave
        case .examResumeOffer(_, confirmingDiscard: true):
            return [KeyHint("y", "drop it"), KeyHint("n", "keep it")]
        case .examStart:
            return ExamStartKeys.hints(glyphs: glyphs) + [KeyHint("q", "quit")]
        case .examResumeOffer:
            return [KeyHint("y", "resume"), KeyHint("n", "new exam"), KeyHint("Esc", "home")]
        case .practice(let session):
            return practiceHints(session, move: move)
        }
    }

    private static func practiceHints(_ session: PracticeSession, move: String) -> [KeyHint] {
        if session.showsStory {
            return [KeyHint("Enter", "to the question"), KeyHint("q", "quit")]
        }
        let story = session.current?.scenario == nil ? [] : [KeyHint("i", "story")]
        switch session.phase {
        case .answering:
            let count = session.current?.order.count ?? 0
            if session.current?.question.kind == .multiple {
                return [KeyHint(move, "move"), KeyHint("Space", "toggle"), KeyHint("1-\(count)", "toggle"),
                        KeyHint("Enter", "submit")] + story + [KeyHint("q", "quit")]
            }
            return [KeyHint(move, "move"), KeyHint("Enter", "answer"), KeyHint("1-\(count)", "answer")] + story + [KeyHint("q", "quit")]
        case .reviewing:
            let last = session.position == session.items.count - 1
            return [KeyHint("Enter", last ? "see the summary" : "next question")] + story + [KeyHint("q", "quit")]
        case .finished:
            let missed = session.missed.count
            let retry = missed == 0 ? [] : [KeyHint("r", "retry the \(missed) you missed")]
            return [KeyHint("Enter", "home")] + retry + [KeyHint("q", "quit")]
        }
    }
}
