import QuizCore

/// Which exam event a key means in the exam's current phase, and the hints that say so. `q` and Esc are the
/// app's (leave, asking first) and PgUp/PgDn scroll the body, so none of them is bound here.
public enum ExamKeys {
    public static func event(for key: Key, in session: ExamSession) -> ExamEvent? {
        switch session.phase {
        case .answering: answeringEvent(for: key)
        case .reviewList(let list): reviewListEvent(for: key, list: list, in: session)
        case .confirmingSubmit:
            switch key {
            case .character("y"), .character("Y"): .submitConfirmed
            case .character("n"), .character("N"): .submitCancelled
            default: nil
            }
        case .finished: key == .enter ? .resultsReviewOpened : nil
        case .reviewingResults:
            switch key {
            case .right, .character("n"), .enter, .character(" "): .movedToQuestion(.next)
            case .left, .character("p"): .movedToQuestion(.previous)
            case .character("r"), .backspace: .resultsReviewClosed
            default: nil
            }
        }
    }

    private static func answeringEvent(for key: Key) -> ExamEvent? {
        switch key {
        case .up, .character("k"): .highlightMoved(by: -1)
        case .down, .character("j"): .highlightMoved(by: 1)
        case .character(" "), .enter: .highlightedChoiceToggled
        case .right, .character("n"): .movedToQuestion(.next)
        case .left, .character("p"): .movedToQuestion(.previous)
        case .character("f"): .flagToggled
        case .character("r"): .reviewListOpened
        case .character("s"): .submitRequested
        case .character(let c): c.wholeNumberValue.flatMap { (1...9).contains($0) ? .choicePicked($0 - 1) : nil }
        default: nil
        }
    }

    private static func reviewListEvent(for key: Key, list: ExamSession.ReviewList, in session: ExamSession) -> ExamEvent? {
        switch key {
        case .up, .character("k"): return .highlightMoved(by: -1)
        case .down, .character("j"): return .highlightMoved(by: 1)
        case .enter:
            let rows = session.reviewRows(list.filter)
            return rows.indices.contains(list.highlighted) ? .movedToQuestion(.index(rows[list.highlighted])) : nil
        case .home: return .highlightMoved(by: -session.items.count)
        case .end: return .highlightMoved(by: session.items.count)
        case .tab: return .reviewFilterChanged(list.filter.next(in: ReviewFilter.duringExam))
        case .character("r"), .backspace, .left: return .reviewListClosed
        case .character("s"): return .submitRequested
        case .character(let c):
            if let filter = ReviewFilter.duringExam.first(where: { $0.key == c }) { return .reviewFilterChanged(filter) }
            guard let digit = c.wholeNumberValue, c.isASCII else { return nil }
            return .reviewListDigitTyped(digit)
        default: return nil
        }
    }

    /// At most six hints, the ones that matter in the current phase.
    public static func hints(for session: ExamSession, glyphs: Glyphs) -> [KeyHint] {
        let move = glyphs == .unicode ? "↑↓" : "Up/Down"
        let sideways = glyphs == .unicode ? "←→" : "p/n"
        switch session.phase {
        case .answering:
            let count = session.current?.order.count ?? 0
            let isMultiple = session.current?.question.kind == .multiple
            let isFlagged = session.flagged.contains(session.position)
            return [
                KeyHint(move, "move"), KeyHint("1-\(count)", isMultiple ? "toggle" : "pick"), KeyHint(sideways, "question"),
                KeyHint("f", isFlagged ? "unflag" : "flag"), KeyHint("r", "review"), KeyHint("s", "submit"),
            ]
        case .reviewList(let list):
            let rows = session.reviewRows(list.filter)
            var hints = [KeyHint(move, "move")]
            if !rows.isEmpty { hints.append(KeyHint("Enter", "open")) }
            return hints + [KeyHint("1-\(session.items.count)", "go to"), KeyHint("Tab", "filter"), KeyHint("r", "back"), KeyHint("s", "submit")]
        case .confirmingSubmit:
            return [KeyHint("y", "submit"), KeyHint("n", "keep working")]
        case .finished:
            return [KeyHint("Enter", "review each question")]
        case .reviewingResults:
            return [KeyHint(sideways, "question"), KeyHint("r", "result")]
        }
    }
}
