import Foundation

extension AppReducer {
    func reducePractice(_ state: AppState, _ session: PracticeSession, _ event: AppEvent, at now: Date) -> (AppState, [AppEffect]) {
        switch event {
        case .session(let sessionEvent):
            var next = state
            let (updated, sessionEffects) = SessionReducer.reduce(session, sessionEvent, at: now)
            next.screen = .practice(updated)
            let effects = record(sessionEffects, sessionID: session.id, mode: .practice, into: &next)
            return (next, effects)
        case .quitRequested: return leave(state, underWay: session.isUnderWay, at: now)
        case .homeRequested where !session.isUnderWay: return (home(state, highlighting: .practice, at: now), [])
        default: return (state, [])
        }
    }

    /// The state with a new practice session drawn with `state.nextSeed`, and the seed after it ready.
    public func startPractice(_ state: AppState, at now: Date) -> AppState {
        start(SessionBuilder.items(from: bank, count: state.sessionSize, seed: state.nextSeed), state, at: now)
    }

    /// The state with a practice session that plays one scenario: its story, then its steps in order.
    public func startScenario(_ scenario: Scenario, _ state: AppState, at now: Date) -> AppState {
        start(SessionBuilder.items(playing: scenario, seed: state.nextSeed), state, at: now)
    }

    private func start(_ items: [SessionItem], _ state: AppState, at now: Date) -> AppState {
        var next = advancingSeed(state)
        let id = sessionID(.practice, at: now, seed: state.nextSeed)
        next.screen = .practice(PracticeSession(id: id, items: items, startedAt: now))
        return next
    }
}
