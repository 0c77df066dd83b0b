import QuizCore

/// Keys during a self-assessment: answering as in practice, then the confidence.
enum AssessKeys {
    static func event(for key: Key, in session: AssessSession) -> AppEvent? {
        if session.isFinished {
            return key == .enter ? .homeRequested : nil
        }
        guard session.awaitingConfidence != nil else {
            switch key {
            case .up, .character("k"): return .assess(.session(.highlightMoved(by: -1)))
            case .down, .character("j"), .tab: return .assess(.session(.highlightMoved(by: 1)))
            case .character(" "): return .assess(.session(.highlightedChoiceToggled))
            case .enter: return .assess(.session(.answerChosen))
            case .character(let c):
                guard let number = c.wholeNumberValue, number >= 1 else { return nil }
                return .assess(.session(.choicePicked(number - 1)))
            default: return nil
            }
        }
        switch key {
        case .up, .character("k"): return .assess(.confidenceHighlightMoved(by: -1))
        case .down, .character("j"), .tab: return .assess(.confidenceHighlightMoved(by: 1))
        case .enter: return .assess(.highlightedConfidenceChosen)
        case .character("s"): return .assess(.confidenceChosen(.sure))
        case .character("u"): return .assess(.confidenceChosen(.unsure))
        case .character("g"): return .assess(.confidenceChosen(.guessing))
        case .character(let c):
            guard let number = c.wholeNumberValue, Confidence.allCases.indices.contains(number - 1) else { return nil }
            return .assess(.confidenceChosen(Confidence.allCases[number - 1]))
        default: return nil
        }
    }

    static func hints(for session: AssessSession, move: String) -> [KeyHint] {
        if session.isFinished { return [KeyHint("Enter", "home"), KeyHint("q", "quit")] }
        if session.awaitingConfidence != nil {
            return [KeyHint(move, "move"), KeyHint("Enter", "choose"), KeyHint("1-3", "sure/unsure/guessing"), KeyHint("q", "quit")]
        }
        let count = session.quiz.current?.order.count ?? 0
        if session.quiz.current?.question.kind == .multiple {
            return [KeyHint(move, "move"), KeyHint("Space", "toggle"), KeyHint("Enter", "submit"), KeyHint("q", "quit")]
        }
        return [KeyHint(move, "move"), KeyHint("Enter", "answer"), KeyHint("1-\(count)", "answer"), KeyHint("q", "quit")]
    }
}
