import QuizCore

/// Whether the app goes on after its effects are carried out.
enum EffectOutcome {
    case stay, leave
}

extension Workspace {
    /// Saves what the effects ask to save, before the next input is read.
    mutating func carryOut(_ effects: [AppEffect]) throws(Failure) -> EffectOutcome {
        for effect in effects {
            switch effect {
            case let .saveAnswer(outcome, sessionID, mode):
                try record(outcome, session: sessionID, mode: mode)
            case .saveExamSnapshot(let snapshot):
                try saveExamSnapshot(snapshot)
            case .saveProgress(let changes):
                try apply(changes)
            case .discardExamSnapshot:
                try discardExamSnapshot()
            case .exit:
                return .leave
            }
        }
        return .stay
    }
}

extension AppEffect {
    /// True for the effects that save records the LRS is sent (an answer, several changes at once).
    var savesRecords: Bool {
        switch self {
        case .saveAnswer, .saveProgress: true
        default: false
        }
    }
}
