import Testing
import QuizCore
import QuizTestSupport
@testable import QuizUI

@Suite struct KeyBindingsTests {
    func state(_ screen: AppState.Screen, confirming: Bool = false) -> AppState {
        var state = AppState(screen: screen, profile: "ada", totals: ProgressTotals(), sessionSize: 3, nextSeed: 1)
        state.confirmingQuit = confirming
        return state
    }

    @Test func answeringKeys() {
        let answering = state(.practice(Fixtures.session([Fixtures.single])))
        #expect(KeyBindings.event(for: .down, in: answering) == .session(.highlightMoved(by: 1)))
        #expect(KeyBindings.event(for: .character("j"), in: answering) == .session(.highlightMoved(by: 1)))
        #expect(KeyBindings.event(for: .character("k"), in: answering) == .session(.highlightMoved(by: -1)))
        #expect(KeyBindings.event(for: .up, in: answering) == .session(.highlightMoved(by: -1)))
        #expect(KeyBindings.event(for: .enter, in: answering) == .session(.answerChosen))
        #expect(KeyBindings.event(for: .character("3"), in: answering) == .session(.choicePicked(2)))
        #expect(KeyBindings.event(for: .character("0"), in: answering) == nil)
        #expect(KeyBindings.event(for: .character(" "), in: answering) == .session(.highlightedChoiceToggled))
        #expect(KeyBindings.event(for: .character("q"), in: answering) == .quitRequested)
        #expect(KeyBindings.event(for: .escape, in: answering) == .quitRequested)
    }

    @Test func confirmationKeys() {
        let confirming = state(.practice(Fixtures.session([Fixtures.single])), confirming: true)
        #expect(KeyBindings.event(for: .character("y"), in: confirming) == .quitConfirmed)
        #expect(KeyBindings.event(for: .character("n"), in: confirming) == .quitCancelled)
        #expect(KeyBindings.event(for: .escape, in: confirming) == .quitCancelled)
        #expect(KeyBindings.event(for: .enter, in: confirming) == nil)
    }

    @Test func homeKeys() {
        let home = state(.home(highlighted: .progress))
        #expect(KeyBindings.event(for: .enter, in: home) == .homeEntryChosen(.progress))
        #expect(KeyBindings.event(for: .character("1"), in: home) == .homeEntryChosen(.practice))
        #expect(KeyBindings.event(for: .character(Character("\(HomeEntry.allCases.count)")), in: home) == .homeEntryChosen(.quit))
        #expect(KeyBindings.event(for: .character(Character("\(HomeEntry.allCases.count + 1)")), in: home) == nil)
        #expect(KeyBindings.event(for: .character("q"), in: home) == .quitRequested)
    }

    @Test func hintsNameTheKeysThatWorkNow() {
        let multiple = state(.practice(Fixtures.session([Fixtures.multiple])))
        #expect(KeyBindings.hints(for: multiple, glyphs: .unicode).map(\.keys) == ["↑↓", "Space", "1-4", "Enter", "q"])
        #expect(KeyBindings.hints(for: multiple, glyphs: .ascii).first?.keys == "Up/Down")
    }
}
