import Foundation
import Testing
import QuizCore
import QuizTestSupport
@testable import QuizUI

/// The practice picker on screen: each topic and task with its recent accuracy, at 80x24 and 60x16; its keys and
/// plain mode's typed rows.
@Suite struct PracticePickerRenderingTests {
    func state() -> AppState {
        var state = AppState(
            screen: .practicePicker(PracticePicker(bank: Fixtures.taggedBank)), profile: "ada", totals: ProgressTotals(), sessionSize: 10,
            nextSeed: 1
        )
        for credit in [1.0, 0, 1, 1] { state.recent.record(questionID: "a", topic: "basics", task: ExamTask(id: "2.1"), credit: credit) }
        return state
    }

    let context = ViewContext(bank: Fixtures.taggedBank, glyphs: .unicode)

    @Test func eachRowShowsItsRecentAccuracyWhereThereIsOne() throws {
        try GoldenFile.check(AppView.render(state(), context: context, width: 80, height: 24), "practice-picker-80x24")
        try GoldenFile.check(AppView.render(state(), context: context, width: 60, height: 16), "practice-picker-60x16")
        let lines = AppView.bodyLines(state(), context: context, width: 78, height: 20).map { $0.spans.map(\.text).joined() }
        #expect(lines.contains { $0.hasPrefix("› 1. Basics") && $0.hasSuffix("3 of 4  75%") })
        #expect(lines.contains { $0.hasPrefix("  2. Services") && $0.hasSuffix("not yet answered") })
        #expect(lines.contains { $0.hasPrefix("  3. 2.1 Understand the AWS shared responsibility model") && $0.hasSuffix("3 of 4  75%") })
    }

    @Test func keysMoveChooseAndGoBack() {
        var home = state()
        home.screen = .home(highlighted: .practice)
        #expect(KeyBindings.event(for: .character("t"), in: home) == .practicePickerOpened)
        #expect(KeyBindings.event(for: .down, in: state()) == .practicePickerMoved(by: 1))
        #expect(KeyBindings.event(for: .enter, in: state()) == .homePracticeFocused(.topic("basics")))
        #expect(KeyBindings.event(for: .escape, in: state()) == .homeRequested)
    }

    @Test func plainModeTypesARowsNumber() {
        var home = state()
        home.screen = .home(highlighted: .practice)
        #expect(PlainFlow.read("t", in: home) == .events([.practicePickerOpened]))
        #expect(PlainFlow.read("4", in: state()) == .events([.homePracticeFocused(.task(ExamTask(id: "2.3")!))]))
        #expect(PlainFlow.read("9", in: state()) == .again("Type a number from 1 to 4, or Enter for the home screen."))
        #expect(PlainFlow.read("", in: state()) == .events([.homeRequested]))
    }
}
