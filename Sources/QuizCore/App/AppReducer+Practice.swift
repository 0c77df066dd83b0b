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
        case .retryMissedRequested where !session.isUnderWay: return retryMissed(session, state, at: now)
        default: return (state, [])
        }
    }

    /// A new practice session of the questions `session` missed, each asked again (scenario steps with their story).
    func retryMissed(_ session: PracticeSession, _ state: AppState, at now: Date) -> (AppState, [AppEffect]) {
        let ids = session.missed.map(\.question.id)
        guard let next = startPractice(state, focus: .questions(ids), at: now) else { return (state, []) }
        return (next, [])
    }

    /// The state with a practice session aimed at `focus`, or nil when it has nothing to ask (no question missed
    /// yet, say, or too few answers to tell the weakest area).
    public func startPractice(_ state: AppState, focus: PracticeFocus, at now: Date) -> AppState? {
        let items = practiceItems(focus, state)
        guard !items.isEmpty else { return nil }
        return start(items, state, at: now, aim: PracticeAim.text(focus, recent: state.recent, bank: bank))
    }

    /// The questions a focused session asks, drawn with `state.nextSeed`.
    func practiceItems(_ focus: PracticeFocus, _ state: AppState) -> [SessionItem] {
        let count = state.sessionSize
        switch focus {
        case .everything:
            return SessionBuilder.items(from: bank, count: count, seed: state.nextSeed)
        case .topic(let topic):
            return SessionBuilder.items(from: bank, count: count, seed: state.nextSeed) { $0.topic == topic }
        case .task(let task):
            return SessionBuilder.items(from: bank, count: count, seed: state.nextSeed) { $0.examTask == task }
        case .weakest:
            guard let weakest = state.recent.weakest else { return [] }
            return practiceItems(weakest.focus, state)
        case .missed:
            return practiceItems(.questions(Array(state.recent.missed.prefix(count))), state)
        case .questions(let ids):
            var generator = SeededGenerator(seed: state.nextSeed)
            return ids.compactMap { reviewable.item($0, using: &generator) }
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

    private func start(_ items: [SessionItem], _ state: AppState, at now: Date, aim: String? = nil) -> AppState {
        var next = advancingSeed(state)
        let id = sessionID(.practice, at: now, seed: state.nextSeed)
        next.screen = .practice(PracticeSession(id: id, items: items, startedAt: now, aim: aim))
        return next
    }
}
