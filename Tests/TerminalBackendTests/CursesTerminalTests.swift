import Foundation
import QuizCore
import QuizTestSupport
import QuizUI
import TerminalBackend
import XCTest

/// Runs the real ncurses backend headless, as tig's tests do: a terminal on a file instead of a tty,
/// then the screen read back from ncurses and the bytes it sent counted.
final class CursesTerminalTests: XCTestCase {
    func testDrawsFramesAndSendsOnlyWhatChanged() throws {
        setlocale(LC_ALL, "C.UTF-8")
        setenv("LINES", "24", 1)
        setenv("COLUMNS", "80", 1)
        defer {
            unsetenv("LINES")
            unsetenv("COLUMNS")
        }
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("curses-\(UUID().uuidString).out").path
        let output = try XCTUnwrap(fopen(outputPath, "w"))
        let input = try XCTUnwrap(fopen("/dev/null", "r"))
        defer {
            fclose(output)
            fclose(input)
            unlink(outputPath)
        }
        let terminal = try CursesTerminal(colour: true, terminalType: "xterm-256color", output: output, input: input)
        defer { terminal.close() }
        XCTAssertEqual(terminal.size.width, 80)
        XCTAssertEqual(terminal.size.height, 24)
        XCTAssertEqual(terminal.glyphs, .unicode)

        let context = ViewContext(bank: Fixtures.bank, glyphs: terminal.glyphs)
        var state = AppState(
            screen: .practice(Fixtures.session([Fixtures.single])), profile: "ada", totals: ProgressTotals(),
            sessionSize: 1, nextSeed: 1
        )
        let first = AppView.render(state, context: context, width: 80, height: 24)
        terminal.draw(first)
        XCTAssertEqual(terminal.screenText(), first.lines)
        fflush(output)
        let afterFirstFrame = try size(outputPath)
        XCTAssertGreaterThan(afterFirstFrame, 500, "the first frame draws the whole screen")

        state = AppReducer(bank: Fixtures.bank).reduce(state, .session(.highlightMoved(by: 1)), at: Fixtures.start).0
        let second = AppView.render(state, context: context, width: 80, height: 24)
        terminal.draw(second)
        XCTAssertEqual(terminal.screenText(), second.lines)
        fflush(output)
        let moveBytes = try size(outputPath) - afterFirstFrame
        XCTAssertGreaterThan(moveBytes, 0)
        XCTAssertLessThan(moveBytes, 300, "moving the highlight should send a few changed cells, not a screen")

        terminal.draw(second)
        fflush(output)
        XCTAssertEqual(try size(outputPath) - afterFirstFrame, moveBytes, "an unchanged frame sends nothing")
    }

    private func size(_ path: String) throws -> Int {
        try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
    }
}
