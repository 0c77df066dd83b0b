import Testing
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
