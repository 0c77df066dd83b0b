import Foundation

/// The review session state machine: the practice flow, question by question, with the same effects.
public enum ReviewSessionReducer {
    public static func reduce(_ session: ReviewSession, _ event: SessionEvent, at now: Date) -> (ReviewSession, [SessionEffect]) {
        var next = session
        let effects: [SessionEffect]
        (next.practice, effects) = SessionReducer.reduce(session.practice, event, at: now)
        return (next, effects)
    }
}
