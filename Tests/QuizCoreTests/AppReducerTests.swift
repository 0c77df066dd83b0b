import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

@Suite struct AppReducerTests {
    typealias Store = TestStore<AppState, AppEvent, AppEffect>
    let reducer = AppReducer(bank: Fixtures.bank)

    func home() -> AppState {
        AppState(screen: .home(highlighted: .practice), profile: "ada", totals: ProgressTotals(), sessionSize: 2, nextSeed: 42)
    }

    func store(_ state: AppState) -> Store {
        Store(state, reduce: reducer.reduce)
    }

    @Test func homeMenuMovesWithinItsEntries() {
        var store = store(home())
        store.send(.homeHighlightMoved(by: -1), at: Fixtures.start)
        store.send(.homeHighlightMoved(by: 1), at: Fixtures.start) { $0.screen = .home(highlighted: HomeEntry.allCases[1]) }
        store.send(.homeHighlightMoved(by: 99), at: Fixtures.start) { $0.screen = .home(highlighted: .quit) }
        store.send(.homeEntryChosen(.progress), at: Fixtures.start) { $0.screen = .progress }
        store.send(.quitRequested, at: Fixtures.start) { $0.screen = .home(highlighted: .progress) }
        store.send(.homeEntryChosen(.quit), at: Fixtures.start, effects: [.exit])
    }

    @Test func scrollingKeepsTheScreenAndAnyChangeOfScreenScrollsBackToTheTop() {
        var store = store(home())
        store.send(.bodyScrolled(to: 7), at: Fixtures.start) { $0.scroll = 7 }
        store.send(.bodyScrolled(to: -3), at: Fixtures.start) { $0.scroll = 0 }
        store.send(.bodyScrolled(to: 4), at: Fixtures.start) { $0.scroll = 4 }
        store.send(.homeHighlightMoved(by: 1), at: Fixtures.start) {
            $0.screen = .home(highlighted: HomeEntry.allCases[1])
            $0.scroll = 0
        }
    }

    @Test func practiceIsDrawnWithTheSeedAndTheSeedMovesOn() {
        var store = store(home())
        let items = SessionBuilder.items(from: Fixtures.bank, count: 2, seed: 42)
        var generator = SeededGenerator(seed: 42)
        let following = generator.next()
        store.send(.homeEntryChosen(.practice), at: Fixtures.start) {
            $0.screen = .practice(PracticeSession(id: "practice-1800000000000-42", items: items, startedAt: Fixtures.start))
            $0.nextSeed = following
        }
        #expect(items.count == 2)
    }

    @Test func quittingMidSessionAsksFirst() {
        var store = store(AppState(
            screen: .practice(Fixtures.session([Fixtures.single, Fixtures.owner])), profile: "ada",
            totals: ProgressTotals(), sessionSize: 2, nextSeed: 1
        ))
        store.send(.quitRequested, at: Fixtures.at(1)) { $0.confirmingQuit = true }
        store.send(.session(.choicePicked(0)), at: Fixtures.at(2))
        store.send(.quitCancelled, at: Fixtures.at(3)) { $0.confirmingQuit = false }
        let outcome = AnswerOutcome(questionID: "t.single", topic: "basics", chosen: [0], isCorrect: true, seconds: 4, answeredAt: Fixtures.at(4))
        store.send(.session(.choicePicked(0)), at: Fixtures.at(4), effects: [.saveAnswer(outcome, sessionID: "s1", mode: .practice)]) {
            var session = Fixtures.session([Fixtures.single, Fixtures.owner])
            session.outcomes = [outcome]
            session.phase = .reviewing(outcome)
            $0.screen = .practice(session)
            $0.totals = ProgressTotals(answers: [(topic: "basics", isCorrect: true)])
        }
        store.send(.quitRequested, at: Fixtures.at(5)) { $0.confirmingQuit = true }
        store.send(.quitRequested, at: Fixtures.at(6)) { $0.confirmingQuit = false }
        store.send(.quitRequested, at: Fixtures.at(7)) { $0.confirmingQuit = true }
        store.send(.quitConfirmed, at: Fixtures.at(8), effects: [.exit])
    }

    func finished() -> AppState {
        var session = Fixtures.session([Fixtures.single])
        session.phase = .finished
        session.position = 1
        return AppState(screen: .practice(session), profile: "ada", totals: ProgressTotals(), sessionSize: 1, nextSeed: 1)
    }

    @Test func aFinishedSessionLeavesWithoutAsking() {
        var store = store(finished())
        store.send(.quitRequested, at: Fixtures.at(1), effects: [.exit])
    }

    @Test func aFinishedSessionGoesHomeAndANewOneCanStart() {
        var store = store(finished())
        store.send(.homeRequested, at: Fixtures.at(1)) { $0.screen = .home(highlighted: .practice) }
        store.send(.homeEntryChosen(.practice), at: Fixtures.at(2)) {
            $0 = reducer.startPractice($0, at: Fixtures.at(2))
        }
        #expect(store.state.practice?.isUnderWay == true)
    }

    @Test func homeIsNotReachableFromASessionUnderWay() {
        var store = store(AppState(
            screen: .practice(Fixtures.session([Fixtures.single])), profile: "ada", totals: ProgressTotals(), sessionSize: 1, nextSeed: 1
        ))
        store.send(.homeRequested, at: Fixtures.at(1))
    }
}
