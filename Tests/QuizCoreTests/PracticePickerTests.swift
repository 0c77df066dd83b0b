import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// `t` on the home screen: a topic or exam task chosen from a list starts the session `practice --topic` or `--task` starts.
@Suite struct PracticePickerTests {
    let reducer = AppReducer(bank: Fixtures.taggedBank)

    func home() -> AppState {
        AppState(screen: .home(highlighted: .practice), profile: "ada", totals: ProgressTotals(), sessionSize: 10, nextSeed: 42)
    }

    @Test func itOffersTheTopicsAndTasksTheBankHasQuestionsFor() {
        let picker = PracticePicker(bank: Fixtures.taggedBank)
        let task21 = ExamTask(id: "2.1")!, task23 = ExamTask(id: "2.3")!
        #expect(picker.choices == [.topic("basics"), .topic("services"), .task(task21), .task(task23)], "the topic without questions is left out")
        #expect(picker.moved(by: -3).highlighted == 0)
        #expect(picker.moved(by: 10).highlighted == 3)
    }

    @Test func choosingATaskStartsTheSameSessionAsTheCommandLineAndLeavesToHome() throws {
        var store = TestStore(home()) { reducer.reduce($0, $1, at: $2) }
        let picker = PracticePicker(bank: Fixtures.taggedBank)
        store.send(.practicePickerOpened, at: Fixtures.start) { $0.screen = .practicePicker(picker) }
        store.send(.practicePickerMoved(by: 3), at: Fixtures.start) { $0.screen = .practicePicker(picker.moved(by: 3)) }
        let task = ExamTask(id: "2.3")!
        let expected = try #require(reducer.startPractice(home(), focus: .task(task), at: Fixtures.at(1)))
        store.send(.homePracticeFocused(.task(task)), at: Fixtures.at(1)) {
            $0.screen = expected.screen
            $0.nextSeed = expected.nextSeed
            $0.leavesToHome = true
        }
        guard case .practice(let session) = store.state.screen else { Issue.record("no practice"); return }
        #expect(session.items.map(\.question.id) == ["d"])
    }

    @Test func escapeGoesBackHomeOnPractice() {
        var state = home()
        state.screen = .practicePicker(PracticePicker(bank: Fixtures.taggedBank))
        let back = reducer.reduce(state, .homeRequested, at: Fixtures.start).0
        #expect(back.screen == .home(highlighted: .practice))
        #expect(!back.leavesToHome)
    }

    @Test func aChoiceWithNothingToAskGoesHomeSayingWhy() {
        var state = home()
        state.screen = .practicePicker(PracticePicker(bank: Fixtures.taggedBank))
        let back = reducer.reduce(state, .homePracticeFocused(.topic("empty")), at: Fixtures.start).0
        #expect(back.screen == .home(highlighted: .practice))
        #expect(back.homeMessage == PracticeFocus.nothingToAsk(.topic("empty")))
    }
}
