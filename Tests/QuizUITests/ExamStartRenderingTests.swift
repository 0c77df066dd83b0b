import Testing
import QuizCore
import QuizTestSupport
@testable import QuizUI

/// The exam start screen drawn by the app: the exam as set up, the lengths, the rules and the checklist; its keys.
@Suite struct ExamStartRenderingTests {
    let bank = Fixtures.taggedBank

    func state(_ start: ExamStart) -> AppState {
        var state = AppState(screen: .examStart(start), profile: "ada", totals: ProgressTotals(), sessionSize: 3, nextSeed: 1)
        state.leavesToHome = true
        return state
    }

    func render(_ start: ExamStart, width: Int = 80, height: Int = 24, glyphs: Glyphs = .unicode) -> ScreenBuffer {
        AppView.render(state(start), context: ViewContext(bank: bank, glyphs: glyphs), width: width, height: height)
    }

    @Test func theFullExamIsChosenAndTheRulesAreStated() throws {
        let screen = render(ExamStart(bank: bank, length: .full))
        try GoldenFile.check(screen, "exam-start-80x24")
        let text = screen.lines.joined(separator: "\n")
        #expect(text.contains("This exam: 5 questions in 7 minutes, from the whole bank. Enter starts it."), "65 asked, 5 in the bank, at the full pace")
        #expect(text.contains("(•) Full exam   65 questions, 90 minutes"))
        #expect(text.contains("( ) Short exam  20 questions, 28 minutes"))
        for rule in ["No feedback until you submit", "f flags a question", "r lists every question", "Warnings at 15 and 5 minutes left",
                     "Pass line: 700", "about 67% right", "is an estimate: AWS does not publish how it scales scores"] {
            #expect(text.contains(rule), "\(rule)")
        }
        #expect(screen.lines.last?.contains("Enter start") == true)
    }

    @Test func aShortFocusedExamScrolledToTheChecklistAt60x16() throws {
        var start = ExamStart(bank: bank, length: .short, tasks: [ExamTask(id: "2.3")!], topics: ["basics"])
        start.highlighted = start.rows.count - 1
        let screen = render(start, width: 60, height: 16)
        try GoldenFile.check(screen, "exam-start-focused-60x16")
        #expect(screen.lines.allSatisfy { DisplayWidth.of($0) <= 60 })
        let text = screen.lines.joined(separator: "\n")
        #expect(text.contains("› [ ] Topic     Services (2)"), "the highlighted last row is in view")
        #expect(text.contains("[x] Topic     Basics (3)"))
        #expect(text.contains("[x] Task 2.3"))
        #expect(text.contains("This exam: 4 questions in 6 minutes"), "the summary stays in view above the scrolled checklist")
        #expect(ExamStartView.summary(start, bank: bank) == "This exam: 4 questions in 6 minutes, from the 2 tasks and topics ticked below. Enter starts it.")
    }

    @Test func theCommandLinesLengthIsOfferedBesideTheOthersInAscii() throws {
        let screen = render(ExamStart(bank: bank, length: .custom(questions: 3, minutes: 10)), glyphs: .ascii)
        let text = screen.lines.joined(separator: "\n")
        #expect(text.contains("> (*) As asked    3 questions, 10 minutes, from the command line"))
        #expect(text.contains("This exam: 3 questions in 10 minutes"))
    }

    @Test func keysMoveTickAndStartAndEscGoesHome() {
        let on = state(ExamStart(bank: bank, length: .full))
        let expected: [(Key, AppEvent)] = [
            (.up, .examStart(.highlightMoved(by: -1))), (.character("k"), .examStart(.highlightMoved(by: -1))),
            (.down, .examStart(.highlightMoved(by: 1))), (.character("j"), .examStart(.highlightMoved(by: 1))),
            (.tab, .examStart(.highlightMoved(by: 1))), (.character(" "), .examStart(.highlightedRowToggled)),
            (.enter, .examStart(.started)), (.escape, .homeRequested), (.character("q"), .quitRequested),
        ]
        for (key, event) in expected {
            #expect(KeyBindings.event(for: key, in: on) == event, "\(key)")
        }
        for key: Key in [.character("1"), .character("y"), .character("n"), .character("s")] {
            #expect(KeyBindings.event(for: key, in: on) == nil, "\(key)")
        }
        let hints = KeyBindings.hints(for: on, glyphs: .unicode).map { "\($0.keys) \($0.action)" }
        #expect(hints == ["↑↓ move", "Space choose", "Enter start", "q leave", "? help"])
    }
}
