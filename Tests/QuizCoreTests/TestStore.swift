import CustomDump
import Foundation
import Testing

/// An exhaustive store in the manner of the Composable Architecture's: every event must come with the whole
/// change it makes to the state and every effect it asks for; anything unasserted fails the test.
struct TestStore<State: Equatable, Event, Effect: Equatable> {
    private(set) var state: State
    let reduce: (State, Event, Date) -> (State, [Effect])

    init(_ state: State, reduce: @escaping (State, Event, Date) -> (State, [Effect])) {
        self.state = state
        self.reduce = reduce
    }

    mutating func send(
        _ event: Event, at now: Date, effects expectedEffects: [Effect] = [],
        sourceLocation: SourceLocation = #_sourceLocation, _ change: (inout State) -> Void = { _ in }
    ) {
        var expected = state
        change(&expected)
        let (actual, effects) = reduce(state, event, now)
        if let difference = diff(expected, actual, format: .proportional) {
            Issue.record("State after \(event) differs (−expected +actual):\n\(difference)", sourceLocation: sourceLocation)
        }
        if let difference = diff(expectedEffects, effects, format: .proportional) {
            Issue.record("Effects of \(event) differ (−expected +actual):\n\(difference)", sourceLocation: sourceLocation)
        }
        state = actual
    }
}
