import Foundation
import Testing
import QuizCore
import QuizTestSupport
@testable import QuizUI

@Suite struct RenderingTests {
    let context = ViewContext(bank: Fixtures.bank, glyphs: .unicode)
    let totals = ProgressTotals(answers: [(topic: "basics", isCorrect: true), (topic: "basics", isCorrect: false), (topic: "services", isCorrect: true)])

    func state(_ screen: AppState.Screen) -> AppState {
        AppState(screen: screen, profile: "ada", totals: totals, sessionSize: 3, nextSeed: 1)
    }

    func render(_ state: AppState, width: Int = 80, height: Int = 24, glyphs: Glyphs = .unicode) -> ScreenBuffer {
        AppView.render(state, context: ViewContext(bank: Fixtures.bank, glyphs: glyphs), width: width, height: height)
    }

    /// A session over the fixture questions, advanced by events.
    func session(_ events: [SessionEvent]) -> PracticeSession {
        var session = Fixtures.session([Fixtures.single, Fixtures.multiple, Fixtures.owner])
        for (second, event) in events.enumerated() {
            session = SessionReducer.reduce(session, event, at: Fixtures.at(Double(second + 1))).0
        }
        return session
    }

    @Test func home() throws {
        try GoldenFile.check(render(state(.home(highlighted: .practice))), "home-80x24")
    }

    @Test func theHomeScreenSaysAnExamIsWaiting() {
        var home = state(.home(highlighted: .practice))
        home.savedExam = Fixtures.exam([Fixtures.single, Fixtures.owner], after: [.choicePicked(0)], minutes: 10)
        let screen = render(home)
        #expect(screen.lines.contains { $0.contains("2. Exam") && $0.contains("in progress: 1 of 2 answered, 10:00 left") })
    }

    /// Without colour the backend draws `.selected` in reverse video: only the highlighted row may use it, so no
    /// gutter, tick or filter competes with the real highlight.
    @Test(arguments: [
        [SessionEvent.highlightMoved(by: 1), .highlightMoved(by: 1)],
        [.choicePicked(0), .nextRequested, .choicePicked(2), .highlightMoved(by: 1)],
        [],
    ])
    func onlyTheHighlightedRowIsDrawnAsSelected(events: [SessionEvent]) {
        let screen = render(state(.practice(session(events))))
        let rows = (0..<screen.height).filter { row in (0..<screen.width).contains { screen[row, $0].style == .selected } }
        let highlighted = screen.lines.indices.filter { screen.lines[$0].contains("›") }
        #expect(rows == highlighted, "rows drawn as selected: \(rows), highlighted: \(highlighted)\n\(screen.lines.joined(separator: "\n"))")
    }

    @Test func singleChoiceQuestion() throws {
        let screen = render(state(.practice(session([.highlightMoved(by: 1), .highlightMoved(by: 1)]))))
        try GoldenFile.check(screen, "question-single-80x24")
        let row = try #require(screen.lines.firstIndex { $0.contains("2. The customer") })
        #expect(screen[row, 1].style == .selected)
    }

    @Test func multipleResponseWithANotice() throws {
        let events: [SessionEvent] = [.choicePicked(0), .nextRequested, .choicePicked(2), .answerChosen]
        try GoldenFile.check(render(state(.practice(session(events)))), "question-multiple-notice-80x24")
    }

    @Test func feedbackAfterAWrongAnswer() throws {
        let events: [SessionEvent] = [.choicePicked(0), .nextRequested, .choicePicked(1), .choicePicked(2), .answerChosen]
        let screen = render(state(.practice(session(events))))
        try GoldenFile.check(screen, "feedback-wrong-80x24")
        let verdict = try #require(screen.lines.firstIndex { $0.contains("Wrong: the right answers are 1 and 3.") })
        #expect(screen[verdict, 1].style == .wrong)
    }

    @Test func feedbackAfterARightAnswer() throws {
        try GoldenFile.check(render(state(.practice(session([.choicePicked(0)])))), "feedback-right-80x24")
    }

    @Test func summary() throws {
        let events: [SessionEvent] = [
            .choicePicked(0), .nextRequested, .choicePicked(1), .choicePicked(3), .answerChosen, .nextRequested,
            .choicePicked(1), .nextRequested,
        ]
        try GoldenFile.check(render(state(.practice(session(events)))), "summary-80x24")
    }

    @Test func quitConfirmation() throws {
        var confirming = state(.practice(session([.choicePicked(0)])))
        confirming.confirmingQuit = true
        try GoldenFile.check(render(confirming), "quit-confirm-80x24")
    }

    @Test func progress() throws {
        try GoldenFile.check(render(state(.progress)), "progress-80x24")
    }

    @Test func asciiGlyphsWhenTheLocaleIsNotUTF8() throws {
        try GoldenFile.check(render(state(.practice(session([.choicePicked(1)]))), glyphs: .ascii), "feedback-ascii-80x24")
    }

    @Test func tooSmallATerminalSaysSo() throws {
        let screen = render(state(.home(highlighted: .practice)), width: 40, height: 10)
        try GoldenFile.check(screen, "too-small-40x10")
        #expect(render(state(.home(highlighted: .practice)), width: 59, height: 24).lines.joined().contains("Enlarge the terminal"))
        #expect(!render(state(.home(highlighted: .practice)), width: 60, height: 16).lines.joined().contains("Enlarge the terminal"))
    }

    @Test(arguments: [(60, 16), (80, 24), (200, 60), (1, 1), (0, 0)])
    func everyScreenStaysInsideTheEdge(width: Int, height: Int) {
        let states = [
            state(.home(highlighted: .quit)), state(.progress),
            state(.practice(session([.highlightMoved(by: 2)]))),
            state(.practice(session([.choicePicked(2)]))),
        ]
        for state in states {
            let screen = render(state, width: width, height: height)
            #expect(screen.cells.count == width * height)
            for line in screen.lines {
                #expect(DisplayWidth.of(line) <= width)
            }
        }
    }

    static let wrongMultiple: [SessionEvent] = [.choicePicked(0), .nextRequested, .choicePicked(1), .choicePicked(2), .answerChosen]

    @Test func aBodyTooLongForTheScreenScrollsWithAMarker() throws {
        var feedback = state(.practice(session(Self.wrongMultiple)))
        let top = render(feedback, width: 60, height: 16)
        #expect(top.scrollLimit > 0)
        #expect(top.lines[13].hasPrefix(" ▼ \(top.scrollLimit) more line"))
        #expect(top.lines[13].hasSuffix("below (Enter or PgDn)"), "Enter reads on where it would otherwise move on")
        feedback.scroll = top.scrollLimit + 5
        let bottom = render(feedback, width: 60, height: 16)
        #expect(bottom.lines[13].hasPrefix(" ▲ \(top.scrollLimit) more line"))
        #expect(bottom.lines.contains { $0.contains("Source: ") })
        #expect(!top.lines.contains { $0.contains("Source: ") })
    }

    @Test func pageKeysScrollWithinTheLimitOfTheFrameDrawn() {
        let feedback = state(.practice(session(Self.wrongMultiple)))
        let frame = render(feedback, width: 60, height: 16)
        #expect(KeyBindings.event(for: .pageDown, in: feedback, frame: frame) == .bodyScrolled(to: min(frame.scrollLimit, frame.bodyPage - 1)))
        #expect(KeyBindings.event(for: .pageUp, in: feedback, frame: frame) == nil)
        var scrolled = feedback
        scrolled.scroll = frame.scrollLimit
        scrolled.followsHighlight = false
        let bottom = render(scrolled, width: 60, height: 16)
        #expect(KeyBindings.event(for: .pageDown, in: scrolled, frame: bottom) == nil)
        #expect(KeyBindings.event(for: .pageUp, in: scrolled, frame: bottom) == .bodyScrolled(to: max(0, frame.scrollLimit - frame.bodyPage + 1)))
    }

    @Test func movingTheHighlightBelowTheFoldScrollsItIntoViewUntilTheLearnerScrolls() throws {
        let choices = (1...9).map { number in
            Choice(text: "Option \(number) is long enough to wrap onto a second line at sixty columns wide", isCorrect: number == 1, why: "Why \(number).")
        }
        let long = Question(
            id: "q.long", kind: .single, topic: "basics", difficulty: .easy, serviceModel: nil, prompt: "Which of these nine options?",
            choices: choices, explanation: "Because.", sources: [.seed(file: "000.txt")], checked: "2026-11-23"
        )
        var practice = Fixtures.session([long])
        let top = render(state(.practice(practice)), width: 60, height: 16)
        try #require(top.scrollLimit > 0, "the question must run below the fold at 60x16 for this test")
        #expect(top.scrollOffset == 0)
        practice = SessionReducer.reduce(practice, .highlightMoved(by: -1), at: Fixtures.at(1)).0
        let moved = render(state(.practice(practice)), width: 60, height: 16)
        #expect(moved.scrollOffset > 0)
        #expect(moved.lines.contains { $0.contains("Option 9 is long") })
        var readingOn = state(.practice(practice))
        readingOn.followsHighlight = false
        #expect(render(readingOn, width: 60, height: 16).scrollOffset == 0)
    }

    @Test(arguments: [(60, 16), (80, 24), (100, 30)])
    func theKeyListFitsTheSmallestScreenWhole(width: Int, height: Int) {
        var helping = state(.practice(session([])))
        helping.showsHelp = true
        let screen = render(helping, width: width, height: height)
        #expect(screen.lines.contains { $0.contains("Any key closes this list.") })
        #expect(screen.lines.contains { $0.contains("Keys on this screen") })
        for entry in KeyHelp.entries(for: helping, glyphs: .unicode) {
            #expect(screen.lines.contains { $0.contains(entry.keys) }, "\(entry.keys) at \(width)x\(height)")
        }
    }

    @Test func aKeyListTooTallForOneColumnTakesTwo() {
        let rows = (1...20).map { "k\($0)  action \($0)" }
        let lines = HelpView.lines(rows, height: 16, width: 60, glyphs: .unicode)
        #expect(lines.count == 12)
        for row in rows { #expect(lines.contains { $0.hasPrefix(row) || $0.hasSuffix(row) }, "\(row)") }
    }

    @Test func aKeyListTooLongForTheScreenSaysHowManyRowsItLeftOut() {
        let rows = (1...30).map { "key\($0)  does thing number \($0) of many" }
        let lines = HelpView.lines(rows, height: 16, width: 60, glyphs: .unicode)
        #expect(lines.count == 14)
        #expect(lines[12] == "… 19 more: make the window taller")
    }

    @Test func renderingIsDeterministic() {
        let state = state(.practice(session([.choicePicked(1)])))
        #expect(render(state) == render(state))
    }
}
