import QuizCore

/// Screens the learner reads before moving on (feedback, a teaching page, a story, a result): there the key that
/// moves on first scrolls to any text still below the fold, and moves on only once the end has been shown.
enum ReadingOn {
    /// Keys that go forward from a page of text: Enter and Space everywhere, `n` and → where they turn a page.
    private static let forwardKeys: [Key] = [.enter, .character(" "), .character("n"), .right]

    /// The scroll `key` asks for instead of its own event: a page further down while text is unread below.
    static func scroll(for key: Key, in state: AppState, frame: ScreenBuffer) -> AppEvent? {
        guard forwardKeys.contains(key), frame.scrollOffset < frame.scrollLimit, isReading(state),
              KeyBindings.event(for: key, in: state) != nil
        else { return nil }
        return .bodyScrolled(to: min(frame.scrollLimit, frame.scrollOffset + max(1, frame.bodyPage - 1)))
    }

    /// The hint line while text is unread below: Enter reads on, in place of the hints that would move on.
    static func hints(_ hints: [KeyHint], in state: AppState, unreadBelow: Int) -> [KeyHint] {
        guard unreadBelow > 0, isReading(state), !state.confirmingQuit, !state.showsHelp, !state.showsGlossary else { return hints }
        let readOn = KeyHint("Enter", "read on (\(unreadBelow) more line\(unreadBelow == 1 ? "" : "s"))")
        return [readOn] + hints.compactMap(withoutForwardKeys)
    }

    /// True on a screen of text with a key that leaves it (not while a question or a choice is being answered).
    static func isReading(_ state: AppState) -> Bool {
        guard !state.confirmingQuit, !state.showsHelp, !state.showsGlossary else { return false }
        switch state.screen {
        case .practice(let session): return isReading(session)
        case .review(let session): return isReading(session.practice)
        case .training(let session):
            switch session.screen {
            case .page, .result, .completed: return true
            case .questions(_, let attempt): return isReading(attempt.questions)
            case .moduleList: return false
            }
        case .exam(let session):
            switch session.phase {
            case .finished, .reviewingResults: return true
            case .answering, .reviewList, .confirmingSubmit: return false
            }
        case .assess(let session): return session.isFinished
        case .drill(let session): return session.isMarked
        case .progress, .pastAssessment, .pastExam: return true
        case .home, .examResumeOffer, .examStart, .practicePicker: return false
        }
    }

    private static func isReading(_ session: PracticeSession) -> Bool {
        if session.showsStory { return true }
        switch session.phase {
        case .reviewing, .finished: return true
        case .answering: return false
        }
    }

    /// A hint without the keys that now read on ("Enter/q back" becomes "q back"); nil when no other key is left.
    private static func withoutForwardKeys(_ hint: KeyHint) -> KeyHint? {
        let forward: Set<String> = ["Enter", "n", "→", "Right"]
        let keys = hint.keys.split(separator: "/").map(String.init)
        let kept = keys.filter { !forward.contains($0) }
        guard kept.count != keys.count else { return hint }
        return kept.isEmpty ? nil : KeyHint(kept.joined(separator: "/"), hint.action)
    }
}
