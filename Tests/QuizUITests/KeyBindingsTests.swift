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

    @Test func onTheEnlargeScreenOnlyLeavingWorks() {
        let tiny = ScreenBuffer(width: 40, height: 10)
        let answering = state(.practice(Fixtures.session([Fixtures.single])))
        let keys: [Key] = [.enter, .character("1"), .character(" "), .down, .up, .pageDown, .character("?"), .character("i"), .tab]
        for key in keys {
            #expect(KeyBindings.event(for: key, in: answering, frame: tiny) == nil, "\(key)")
        }
        #expect(KeyBindings.event(for: .character("q"), in: answering, frame: tiny) == .quitRequested)
        #expect(KeyBindings.event(for: .escape, in: answering, frame: tiny) == .quitRequested)
        #expect(KeyBindings.event(for: .character("y"), in: answering, frame: tiny) == nil)
        let asking = state(.practice(Fixtures.session([Fixtures.single])), confirming: true)
        #expect(KeyBindings.event(for: .character("y"), in: asking, frame: tiny) == .quitConfirmed)
        #expect(KeyBindings.event(for: .character("n"), in: asking, frame: tiny) == .quitCancelled)
        #expect(KeyBindings.event(for: .enter, in: asking, frame: tiny) == nil)
        let exam = state(.exam(Fixtures.exam([Fixtures.single])))
        #expect(KeyBindings.event(for: .character("1"), in: exam, frame: tiny) == nil)
        #expect(KeyBindings.event(for: .character("s"), in: exam, frame: tiny) == nil)
        #expect(KeyBindings.event(for: .character("1"), in: exam, frame: ScreenBuffer(width: 80, height: 24)) == .exam(.choicePicked(0)))
    }

    @Test func gOpensTheGlossaryOnAQuestionAndClosesIt() {
        let frame = ScreenBuffer(width: 80, height: 24)
        let answering = state(.practice(Fixtures.session([Fixtures.single])))
        #expect(KeyBindings.event(for: .character("g"), in: answering, frame: frame) == .glossaryToggled)
        #expect(KeyBindings.event(for: .character("g"), in: state(.home(highlighted: .practice)), frame: frame) == nil)
        var open = answering
        open.showsGlossary = true
        for key: Key in [.character("g"), .escape, .character("q"), .enter] {
            #expect(KeyBindings.event(for: key, in: open, frame: frame) == .glossaryToggled, "\(key)")
        }
        #expect(KeyBindings.event(for: .character("1"), in: open, frame: frame) == nil, "no answer while the glossary covers the question")
        #expect(KeyBindings.hints(for: open, glyphs: .unicode).map(\.keys) == ["↑↓ PgUp PgDn", "g/Esc"])
    }

    @Test func theExamReviewListPagesItsHighlight() {
        var exam = Fixtures.exam((0..<40).map { _ in Fixtures.single })
        exam.phase = .reviewList(ExamSession.ReviewList(filter: .all, highlighted: 0))
        var frame = ScreenBuffer(width: 80, height: 24)
        frame.bodyPage = 19
        #expect(KeyBindings.event(for: .pageDown, in: state(.exam(exam)), frame: frame) == .exam(.highlightMoved(by: 18)))
        #expect(KeyBindings.event(for: .pageUp, in: state(.exam(exam)), frame: frame) == .exam(.highlightMoved(by: -18)))
    }

    @Test func aSavedExamIsDroppedOnlyAfterASecondYes() {
        let exam = Fixtures.exam([Fixtures.single])
        let offer = state(.examResumeOffer(exam, confirmingDiscard: false))
        #expect(KeyBindings.event(for: .character("n"), in: offer) == .examResumeDeclined)
        #expect(KeyBindings.event(for: .enter, in: offer) == .examResumeAccepted)
        let asking = state(.examResumeOffer(exam, confirmingDiscard: true))
        #expect(KeyBindings.event(for: .character("y"), in: asking) == .examDiscardConfirmed)
        #expect(KeyBindings.event(for: .character("n"), in: asking) == .examDiscardCancelled)
        #expect(KeyBindings.event(for: .enter, in: asking) == nil)
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
        #expect(KeyBindings.hints(for: multiple, glyphs: .unicode).map(\.keys) == ["↑↓", "Space", "1-4", "Enter", "q", "?"])
        #expect(KeyBindings.hints(for: multiple, glyphs: .ascii).first?.keys == "Up/Down")
    }

    @Test func questionMarkOpensTheListOfKeysAndAnyKeyClosesIt() {
        let question = state(.practice(Fixtures.session([Fixtures.single])))
        let frame = ScreenBuffer(width: 80, height: 24)
        #expect(KeyBindings.event(for: .character("?"), in: question, frame: frame) == .helpToggled)
        var helping = question
        helping.showsHelp = true
        #expect(KeyBindings.event(for: .character("1"), in: helping, frame: frame) == .helpToggled)
        #expect(KeyBindings.event(for: .resize, in: helping, frame: frame) == nil)
        #expect(KeyBindings.hints(for: helping, glyphs: .unicode) == [KeyHint("any key", "to close")])
        let screen = AppView.render(helping, context: ViewContext(bank: Fixtures.bank, glyphs: .unicode), width: 80, height: 24)
        let text = screen.lines.joined(separator: "\n")
        #expect(text.contains("Keys on this screen"))
        #expect(text.contains("answer with that choice"))
        #expect(text.contains("Any key closes this list."))
        let small = AppView.render(helping, context: ViewContext(bank: Fixtures.bank, glyphs: .ascii), width: 60, height: 16)
        #expect(small.lines.allSatisfy { DisplayWidth.of($0) <= 60 })
    }
}
