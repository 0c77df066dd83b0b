import Foundation

extension AppReducer {
    func reduceAssess(_ state: AppState, _ session: AssessSession, _ event: AppEvent, at now: Date) -> (AppState, [AppEffect]) {
        switch event {
        case .assess(let assessEvent):
            var next = state
            let (updated, sessionEffects) = AssessReducer.reduce(session, assessEvent, at: now)
            next.screen = .assess(updated)
            var effects = record(sessionEffects, sessionID: session.id, mode: .assess, into: &next)
            if updated.isFinished, !session.isFinished {
                let record = AssessmentRecord(session: session.id, startedAt: session.startedAt, finishedAt: now, questions: updated.answers.count)
                next.assessments.append(PastAssessment(record: record, answers: updated.answers))
                effects.append(.saveProgress([.assessment(record)]))
            }
            return (next, effects)
        case .quitRequested: return leave(state, underWay: !session.isFinished, at: now)
        case .homeRequested where session.isFinished: return (home(state, highlighting: .assess, at: now), [])
        default: return (state, [])
        }
    }

    /// The state with a new self-assessment drawn with `state.nextSeed`.
    public func startAssessment(_ state: AppState, at now: Date) -> AppState {
        var next = advancingSeed(state)
        let items = AssessBuilder.items(from: bank, count: state.assessLength, seed: state.nextSeed)
        next.screen = .assess(AssessSession(id: sessionID(.assess, at: now, seed: state.nextSeed), items: items, startedAt: now))
        return next
    }
}
