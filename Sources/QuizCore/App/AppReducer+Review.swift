import Foundation

extension AppReducer {
    func reduceReview(_ state: AppState, _ session: ReviewSession, _ event: AppEvent, at now: Date) -> (AppState, [AppEffect]) {
        switch event {
        case .session(let sessionEvent):
            var next = state
            let (updated, sessionEffects) = ReviewSessionReducer.reduce(session, sessionEvent, at: now)
            next.screen = .review(updated)
            let mode: StudyMode = session.isCram ? .cram : .review
            let effects = record(sessionEffects, sessionID: session.practice.id, mode: mode, into: &next)
            return (next, effects)
        case .quitRequested: return leave(state, underWay: session.practice.isUnderWay, at: now)
        case .homeRequested where !session.practice.isUnderWay: return (home(state, highlighting: .review, at: now), [])
        case .retryMissedRequested where !session.practice.isUnderWay: return retryMissed(session.practice, state, at: now)
        default: return (state, [])
        }
    }

    /// The state with a review of what is due now, longest overdue first (or, to cram, every answered question,
    /// weakest first, leaving the schedule alone).
    public func startReview(_ state: AppState, cram: Bool, at now: Date) -> AppState {
        var next = advancingSeed(state)
        let session = cram
            ? ReviewSessionBuilder.cram(schedule: state.schedule, reviewable: reviewable, at: now, seed: state.nextSeed, limit: state.sessionSize)
            : ReviewSessionBuilder.review(schedule: state.schedule, reviewable: reviewable, at: now, seed: state.nextSeed, limit: state.sessionSize)
        next.screen = .review(session)
        return next
    }
}
