import Testing
import QuizCore
import QuizTestSupport
@testable import QuizUI

@Suite struct DrillKeysTests {
    func session(_ events: [DrillEvent]) -> DrillSession {
        events.reduce(DrillFixtures.session(DrillFixtures.small)) { DrillReducer.reduce($0, $1, at: Fixtures.start).0 }
    }

    @Test func choosingKeys() {
        let choosing = session([])
        #expect(DrillKeys.event(for: .down, in: choosing) == .checklistHighlightMoved(by: 1))
        #expect(DrillKeys.event(for: .character("j"), in: choosing) == .checklistHighlightMoved(by: 1))
        #expect(DrillKeys.event(for: .up, in: choosing) == .checklistHighlightMoved(by: -1))
        #expect(DrillKeys.event(for: .character("k"), in: choosing) == .checklistHighlightMoved(by: -1))
        #expect(DrillKeys.event(for: .character(" "), in: choosing) == .highlightedEntryToggled)
        #expect(DrillKeys.event(for: .character("a"), in: choosing) == .allEntriesToggled)
        #expect(DrillKeys.event(for: .enter, in: choosing) == .checklistConfirmed)
        #expect(DrillKeys.event(for: .backspace, in: choosing) == .checklistBackRequested)
        #expect(DrillKeys.event(for: .character("r"), in: choosing) == .randomPickRequested)
        #expect(DrillKeys.event(for: .character("m"), in: choosing) == .wholeMatrixRequested)
    }

    @Test func fillingKeys() {
        let filling = session([.wholeMatrixRequested])
        #expect(DrillKeys.event(for: .left, in: filling) == .cursorMoved(rows: 0, columns: -1))
        #expect(DrillKeys.event(for: .character("h"), in: filling) == .cursorMoved(rows: 0, columns: -1))
        #expect(DrillKeys.event(for: .right, in: filling) == .cursorMoved(rows: 0, columns: 1))
        #expect(DrillKeys.event(for: .character("l"), in: filling) == .cursorMoved(rows: 0, columns: 1))
        #expect(DrillKeys.event(for: .up, in: filling) == .cursorMoved(rows: -1, columns: 0))
        #expect(DrillKeys.event(for: .character("k"), in: filling) == .cursorMoved(rows: -1, columns: 0))
        #expect(DrillKeys.event(for: .down, in: filling) == .cursorMoved(rows: 1, columns: 0))
        #expect(DrillKeys.event(for: .character("j"), in: filling) == .cursorMoved(rows: 1, columns: 0))
        #expect(DrillKeys.event(for: .character("a"), in: filling) == .ownerSet(.aws))
        #expect(DrillKeys.event(for: .character("c"), in: filling) == .ownerSet(.customer))
        #expect(DrillKeys.event(for: .character("s"), in: filling) == .ownerSet(.shared))
        for key in [Key.character("x"), .backspace, .character(" ")] {
            #expect(DrillKeys.event(for: key, in: filling) == .cellCleared)
        }
        #expect(DrillKeys.event(for: .enter, in: filling) == .submitRequested)
    }

    @Test func confirmingAndMarkedKeys() {
        let confirming = session([.wholeMatrixRequested, .submitRequested])
        #expect(DrillKeys.event(for: .character("y"), in: confirming) == .submitConfirmed)
        #expect(DrillKeys.event(for: .character("n"), in: confirming) == .submitCancelled)
        #expect(DrillKeys.event(for: .down, in: confirming) == nil)
        let marked = session([.wholeMatrixRequested, .submitRequested, .submitConfirmed])
        #expect(DrillKeys.event(for: .right, in: marked) == .cursorMoved(rows: 0, columns: 1))
        #expect(DrillKeys.event(for: .character("a"), in: marked) == nil)
        #expect(DrillKeys.event(for: .character("n"), in: marked) == .newDrillRequested)
    }

    /// q, Esc, PgUp and PgDn belong to the app in every phase, and Enter once the drill is marked.
    @Test func theAppsKeysAreLeftAlone() {
        let phases = [
            session([]), session([.wholeMatrixRequested]), session([.wholeMatrixRequested, .submitRequested]),
            session([.wholeMatrixRequested, .submitRequested, .submitConfirmed]),
        ]
        for phase in phases {
            for key in [Key.character("q"), .escape, .pageUp, .pageDown] {
                #expect(DrillKeys.event(for: key, in: phase) == nil)
            }
        }
        #expect(DrillKeys.event(for: .enter, in: phases[3]) == nil)
    }

    @Test func hintsNameTheKeysThatWorkNow() {
        #expect(DrillKeys.hints(for: session([]), glyphs: .unicode).map(\.keys) == ["↑↓", "Space", "Enter", "r", "m", "a"])
        #expect(DrillKeys.hints(for: session([.checklistHighlightMoved(by: 0), .highlightedEntryToggled, .checklistConfirmed]), glyphs: .unicode).map(\.keys)
            == ["↑↓", "Space", "Enter", "r", "m", "Bksp", "a"])
        #expect(DrillKeys.hints(for: session([.wholeMatrixRequested]), glyphs: .ascii).map(\.keys) == ["arrows", "a/c/s", "Enter", "x"])
        #expect(DrillKeys.hints(for: session([.wholeMatrixRequested, .submitRequested]), glyphs: .unicode).map(\.keys) == ["y", "n"])
        #expect(DrillKeys.hints(for: session([.wholeMatrixRequested, .submitRequested, .submitConfirmed]), glyphs: .unicode).map(\.keys) == ["←↑↓→", "n"])
    }
}
