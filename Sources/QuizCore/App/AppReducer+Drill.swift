import Foundation

extension AppReducer {
    func reduceDrill(_ state: AppState, _ session: DrillSession, _ event: AppEvent, at now: Date) -> (AppState, [AppEffect]) {
        switch event {
        case .drill(let drillEvent):
            var next = state
            let (updated, drillEffects) = DrillReducer.reduce(session, drillEvent, at: now)
            next.screen = .drill(updated)
            var changes: [ProgressChange] = []
            for case let .drillMarked(result) in drillEffects {
                for outcome in result.answerOutcomes {
                    count(outcome, sessionID: result.sessionID, mode: .drill, into: &next)
                    changes.append(.answer(outcome, sessionID: result.sessionID, mode: .drill))
                }
            }
            return (next, changes.isEmpty ? [] : [.saveProgress(changes)])
        case .quitRequested: return leave(state, underWay: session.isUnderWay, at: now)
        case .homeRequested where !session.isUnderWay: return (home(state, highlighting: .drill, at: now), [])
        default: return (state, [])
        }
    }

    /// A new drill: the learner picks services and controls, or lets it pick with `state.nextSeed`.
    public func startDrill(_ state: AppState, at now: Date) -> AppState {
        var next = advancingSeed(state)
        next.screen = .drill(DrillSession(id: sessionID(.drill, at: now, seed: state.nextSeed), matrix: bank.matrix, seed: state.nextSeed, startedAt: now))
        return next
    }
}
