import Testing
import QuizCore
import QuizTestSupport
@testable import QuizUI

@Suite struct TextLayoutTests {
    @Test func widthsFollowWcwidth() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("責任") == 4)
        #expect(DisplayWidth.of("✔") == 1)
        #expect(DisplayWidth.of("e\u{301}") == 1)
    }

    @Test func wideCharactersTakeTwoCellsAndNeverSplitAtTheEdge() {
        var screen = ScreenBuffer(width: 5, height: 1)
        let used = screen.write("a責任b", row: 0, column: 0)
        #expect(used == 5)
        #expect(screen[0, 1].text == "責")
        #expect(screen[0, 2].isContinuation)
        #expect(screen.lines == ["a責任"])
        var narrow = ScreenBuffer(width: 4, height: 1)
        narrow.write("ab責", row: 0, column: 1)
        #expect(narrow.lines == [" ab"])
    }

    @Test func controlCharactersAreNeutralisedWhenDrawn() {
        var screen = ScreenBuffer(width: 20, height: 1)
        screen.write("a\u{1B}[2Jb\u{7}", row: 0, column: 0)
        #expect(screen.lines == ["a\u{FFFD}[2Jb\u{FFFD}"])
        #expect(!screen.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 } })
    }

    @Test func writingOutsideTheScreenDoesNothing() {
        var screen = ScreenBuffer(width: 3, height: 2)
        #expect(screen.write("x", row: 2, column: 0) == 0)
        #expect(screen.write("x", row: -1, column: 0) == 0)
        #expect(screen.write("x", row: 0, column: 3) == 0)
        #expect(screen.write("xyz", row: 1, column: 1, limit: 1) == 1)
        #expect(screen.lines == ["", " x"])
    }

    @Test func wrappingBreaksAtSpacesAndInsideOverlongWords() {
        #expect(TextWrap.lines("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(TextWrap.lines("abcdefghijkl", width: 5) == ["abcde", "fghij", "kl"])
        #expect(TextWrap.lines("責任責任責任", width: 5) == ["責任", "責任", "責任"])
        #expect(TextWrap.lines("", width: 5) == [""])
        #expect(TextWrap.lines("a  b", width: 5) == ["a b"])
    }

    @Test func truncationEndsWithAnEllipsis() {
        #expect(TextWrap.truncated("shared responsibility", width: 10) == "shared re…")
        #expect(TextWrap.truncated("short", width: 10) == "short")
        #expect(TextWrap.truncated("shared responsibility", width: 10, ellipsis: "...") == "shared ...")
    }
}

@Suite struct MixedScriptLayoutTests {
    static let mixed = Question(
        id: "t.mixed", kind: .single, topic: "basics", difficulty: .easy, serviceModel: nil,
        prompt: "Who secures 責任共有モデル 🔐 data, and who مسؤولية مشتركة \u{202E}reversed\u{202C} text? Averyveryverylongwordwithoutanyspacesthatmustbecutsomewhere",
        choices: [
            Choice(text: "AWS 🛡️ and 客户 together", isCorrect: false, why: "No."),
            Choice(text: "The customer, العميل", isCorrect: true, why: "Yes."),
        ],
        explanation: "Mixed scripts 🌏 keep the columns.", sources: [.seed(file: "000.txt")], checked: "2026-11-22"
    )

    @Test(arguments: [(60, 16), (80, 24), (200, 60)])
    func mixedScriptsAndWideCharactersKeepTheFrameAligned(width: Int, height: Int) {
        let bank = Bank(topics: Fixtures.bank.topics, questions: [Self.mixed])
        let session = PracticeSession(id: "s", items: [SessionItem(question: Self.mixed, order: [0, 1])], startedAt: Fixtures.start)
        let state = AppState(screen: .practice(session), profile: "ada", totals: ProgressTotals(), sessionSize: 1, nextSeed: 1)
        let screen = AppView.render(state, context: ViewContext(bank: bank, glyphs: .unicode), width: width, height: height)
        for line in screen.lines {
            #expect(DisplayWidth.of(line) <= width, "\(line)")
        }
        #expect(screen.lines[1] == String(repeating: "─", count: width))
        #expect(screen.lines[height - 2] == String(repeating: "─", count: width))
        #expect(!screen.cells.contains { $0.text.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) } }, "direction overrides are neutralised")
        #expect(screen.lines.contains { $0.contains("2. The customer, العميل") })
    }
}
