import QuizCore

/// Keys of a past exam opened from Progress: a filter's letter or Tab, `<` `>` for the older or newer exam,
/// arrows to scroll, and back to Progress.
extension KeyBindings {
    static func pastExamEvent(for key: Key, _ review: PastExamReview, among count: Int) -> AppEvent? {
        switch key {
        case .enter, .escape, .character("q"), .backspace: return .homeRequested
        case .character("<"): return review.index > 0 ? .pastExamOpened(review.index - 1) : nil
        case .character(">"): return review.index + 1 < count ? .pastExamOpened(review.index + 1) : nil
        case .tab: return .pastExamFiltered(review.filter.next(in: ReviewFilter.afterExam))
        case .character(let c):
            return ReviewFilter.afterExam.first { $0.key == c }.map(AppEvent.pastExamFiltered)
        default: return nil
        }
    }

    static func pastExamHints(_ review: PastExamReview, among count: Int, move: String) -> [KeyHint] {
        let filters = KeyHint("a w f u", "filter")
        return [KeyHint(move, "scroll"), filters] + (count > 1 ? [KeyHint("< >", "older/newer")] : []) + [KeyHint("Enter/q", "back")]
    }

    /// Up and Down (j, k) scroll a past exam's review a line.
    static func lineScrollTarget(for key: Key, in state: AppState, frame: ScreenBuffer) -> Int? {
        guard case .pastExam = state.screen else { return nil }
        let current = min(frame.scrollOffset, frame.scrollLimit)
        switch key {
        case .down, .character("j"): return min(frame.scrollLimit, current + 1)
        case .up, .character("k"): return max(0, current - 1)
        case .home: return 0
        case .end: return frame.scrollLimit
        default: return nil
        }
    }
}

enum PastExamKeys {
    static func help(arrows: String) -> [KeyHint] {
        [
            KeyHint(arrows, "scroll a line; Home, End: the ends"),
            KeyHint("a w f u", "all, wrong, flagged, unanswered (Tab: next)"),
            KeyHint("< >", "the older or newer exam"), KeyHint("Enter", "back to progress"),
        ]
    }
}
