import QuizCore

/// Which training event a key means on the training screen that is up, and the hints that say so. q and Esc are
/// the app's (leaving) and PgUp/PgDn scroll the body, so neither is bound here; the hints end with q all the same.
public enum TrainingKeys {
    public static func event(for key: Key, in session: TrainingSession) -> TrainingEvent? {
        switch session.screen {
        case .moduleList:
            switch key {
            case .up, .character("k"): return .highlightMoved(by: -1)
            case .down, .character("j"), .tab: return .highlightMoved(by: 1)
            case .enter, .right: return .moduleChosen
            default: return nil
            }
        case .page(_, let page):
            switch key {
            case .right, .character("n"), .enter, .character(" "): return .nextPageRequested
            case .left, .character("p"), .backspace: return .previousPageRequested
            case .character("t") where page == 0: return .testOutRequested
            default: return nil
            }
        case .questions(_, let attempt):
            return questionEvent(for: key, in: attempt.questions).map(TrainingEvent.question)
        case .result(_, let attempt):
            switch key {
            case .enter, .character(" "): return attempt.result?.passed == false ? .retakeRequested : .continueRequested
            case .character("r"): return .retakeRequested
            case .left, .backspace: return .continueRequested
            default: return nil
            }
        case .completed:
            return key == .enter || key == .character(" ") ? .continueRequested : nil
        }
    }

    /// Keys while answering, as in practice: move and answer, or toggle and submit; then on to the next question.
    private static func questionEvent(for key: Key, in questions: PracticeSession) -> SessionEvent? {
        switch questions.phase {
        case .answering:
            switch key {
            case .up, .character("k"): return .highlightMoved(by: -1)
            case .down, .character("j"), .tab: return .highlightMoved(by: 1)
            case .character(" "): return .highlightedChoiceToggled
            case .enter: return .answerChosen
            case .character(let c):
                guard let number = c.wholeNumberValue, number >= 1 else { return nil }
                return .choicePicked(number - 1)
            default: return nil
            }
        case .reviewing:
            return key == .enter || key == .character(" ") ? .nextRequested : nil
        case .finished:
            return nil
        }
    }

    public static func hints(for session: TrainingSession, glyphs: Glyphs) -> [KeyHint] {
        let unicode = glyphs == .unicode
        let move = unicode ? "↑↓" : "Up/Down"
        let quit = KeyHint("q", "quit")
        switch session.screen {
        case .moduleList:
            return [KeyHint(move, "move"), KeyHint("Enter", "open"), quit]
        case let .page(module, page):
            let last = page == session.modules[module].pages.count - 1
            var hints = [KeyHint(unicode ? "→/n" : "Right/n", last ? "questions" : "next page")]
            hints.append(KeyHint(unicode ? "←/p" : "Left/p", page == 0 ? "module list" : "previous page"))
            if page == 0 { hints.append(KeyHint("t", "test out")) }
            return hints + [quit]
        case .questions(_, let attempt):
            let questions = attempt.questions
            switch questions.phase {
            case .answering:
                let count = questions.current?.order.count ?? 0
                if questions.current?.question.kind == .multiple {
                    return [KeyHint(move, "move"), KeyHint("Space", "toggle"), KeyHint("1-\(count)", "toggle"), KeyHint("Enter", "submit"), quit]
                }
                return [KeyHint(move, "move"), KeyHint("Enter", "answer"), KeyHint("1-\(count)", "answer"), quit]
            case .reviewing:
                let last = questions.position == questions.items.count - 1
                return [KeyHint("Enter", last ? "see the result" : "next question"), quit]
            case .finished:
                return [quit]
            }
        case .result(_, let attempt):
            let back = unicode ? "←" : "Left"
            if attempt.result?.passed == false {
                return [KeyHint("Enter", "retake"), KeyHint(back, "module list"), quit]
            }
            return [KeyHint("Enter", attempt.completesTraining ? "see your record" : "module list"), KeyHint("r", "retake"), quit]
        case .completed:
            return [KeyHint("Enter", "module list"), quit]
        }
    }
}
