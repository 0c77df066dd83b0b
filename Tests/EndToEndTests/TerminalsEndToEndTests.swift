import Foundation
import QuizCore
import XCTest

/// The terminals learners have: resized at any moment, too small, without colour, dumb, and a bank with hostile text.
final class TerminalsEndToEndTests: XCTestCase {
    /// Each mode: the screen to wait for once it is up, and the arguments that open it.
    private let modes: [(name: String, arguments: [String], bundled: Bool, ready: String)] = [
        ("practice", ["practice", "--seed", "6", "--count", "2"], false, "Question 1 of 2"),
        ("exam", ["exam", "--now", "--questions", "2", "--seed", "4"], false, "Time left"),
        ("train", ["train", "--seed", "1"], false, "Awareness training"),
        ("assess", ["assess", "--questions", "2", "--seed", "1"], true, "Self-assessment · Question 1 of 2"),
        ("drill", ["drill", "--seed", "1"], true, "tick the services"),
    ]

    func testTwoHundredResizesInEveryModeKeepTheScreenAndItsState() throws {
        for mode in modes {
            let app = try AppUnderTest()
            let tmux = try Tmux(command: app.paneCommand(mode.arguments + app.options(bundledBank: mode.bundled)))
            try tmux.waitFor(mode.ready)
            for step in 0..<200 {
                try tmux.resize(width: 30 + (step * 37) % 150, height: 8 + (step * 13) % 50)
            }
            try tmux.resize(width: 50, height: 12)
            try tmux.waitFor("Enlarge the terminal to at least 60x16")
            try tmux.resize(width: 80, height: 24)
            let screen = try tmux.waitFor(mode.ready)
            XCTAssertTrue(screen.contains("SRM Quiz"), "\(mode.name) after resizing:\n\(screen)")
            XCTAssertFalse(screen.contains("Enlarge the terminal"), "\(mode.name) did not recover:\n\(screen)")
            try tmux.send("C-c")
            try tmux.waitFor("EXIT=130")
            let settings = try app.terminalSettings()
            XCTAssertEqual(settings.before, settings.after, "\(mode.name) left the terminal changed")
        }
    }

    func testNoColourAndAVt100StillShowRightAndWrongInWords() throws {
        let app = try AppUnderTest()
        let command = app.paneCommand(["practice", "--seed", "6", "--count", "2"] + app.options(), environment: ["NO_COLOR=1"])
            .replacingOccurrences(of: "TERM=tmux-256color", with: "TERM=vt100")
        let tmux = try Tmux(command: command)
        try tmux.waitFor("Question 1 of 2")
        try tmux.send("1")
        let screen = try tmux.waitFor(anyOf: ["Correct.", "Wrong"])
        XCTAssertTrue(screen.contains("(your answer)"), screen)
        try tmux.send("C-c")
        try tmux.waitFor("EXIT=130")
    }

    /// tmux sends an xterm's keys whatever TERM says: PgDn under vt100 is a sequence vt100's description lacks.
    func testPageDownUnderAVt100DescriptionScrollsAndDoesNotLeave() throws {
        let app = try AppUnderTest()
        let command = app.paneCommand(app.options(bundledBank: true)).replacingOccurrences(of: "TERM=tmux-256color", with: "TERM=vt100")
        let tmux = try Tmux(width: 60, height: 16, command: command)
        let home = try tmux.waitFor("more lines below")
        try tmux.send("NPage")
        let scrolled = try tmux.waitForChange(from: home)
        XCTAssertTrue(scrolled.contains("above (PgUp)"), "PgDn scrolled the home screen:\n\(scrolled)")
        XCTAssertFalse(scrolled.contains("EXIT="), scrolled)
        try tmux.send("C-c")
        try tmux.waitFor("EXIT=130")
    }

    func testADumbTerminalGetsPlainMode() throws {
        let app = try AppUnderTest()
        let command = app.paneCommand(["practice", "--seed", "6", "--count", "2"] + app.options())
            .replacingOccurrences(of: "TERM=tmux-256color", with: "TERM=dumb")
        let tmux = try Tmux(command: command)
        try tmux.waitFor("Answer 1-3, or q to leave:")
        try tmux.type("q")
        try tmux.send("Enter")
        try tmux.waitFor("EXIT=0")
    }

    func testBankTextWithEscapeSequencesIsRefused() throws {
        let app = try AppUnderTest()
        let bank = app.dataDirectory.appendingPathComponent("bank")
        try FileManager.default.copyItem(at: AppUnderTest.fixtureBank, to: bank)
        let file = bank.appendingPathComponent("questions/e2e.json")
        let text = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: "Who guards", with: #"\u001b[2J\u001b]0;owned\u0007Who guards"#)
        try Data(text.utf8).write(to: file)
        let validated = try app.run(["validate", "--bank", bank.path])
        XCTAssertEqual(validated.status, 65)
        XCTAssertTrue(validated.stdout.contains("e2e.single: prompt:"), validated.stdout)
        XCTAssertFalse(validated.stdout.contains("\u{1B}"), "the report itself must not carry the escape sequence")
        let started = try app.run(["practice", "--bank", bank.path, "--data-dir", app.dataDirectory.path, "--profile", "e2e"], input: "")
        XCTAssertEqual(started.status, 65)
        XCTAssertFalse(started.stderr.contains("\u{1B}"))
    }
}
