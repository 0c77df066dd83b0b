import Foundation
import QuizCore
import XCTest

/// Every signal whose default action ends the process restores the terminal first (the alternate screen off, the
/// cursor shown, keypad mode off, the tty settings as they were), keeps every answer, and ends with 128 + the
/// signal; SIGQUIT ends at once, without a backtrace waiting for a key; SIGPIPE is ignored.
final class SignalsEndToEndTests: XCTestCase {
    /// Opens practice in tmux, answers one question and returns the pane once the answer is saved.
    private func practiceAnsweredOnce(_ app: AppUnderTest, arguments: [String] = ["practice", "--seed", "6", "--count", "3"]) throws -> Tmux {
        let tmux = try Tmux(command: app.paneCommand(arguments + app.options()))
        let screen = try tmux.waitFor("Question 1 of 3")
        let question = try XCTUnwrap(QuizScreen(screen))
        for position in question.rightPositions { try tmux.type(String(position)) }
        if question.isMultiple { try tmux.send("Enter") }
        try tmux.waitFor("Correct.")
        XCTAssertEqual(try tmux.display("#{alternate_on}"), "1", "the app is on the alternate screen")
        return tmux
    }

    private func signal(_ name: String, _ app: AppUnderTest) throws {
        let sent = try Command.run("pkill", ["-\(name)", "-f", "--", "^\(AppUnderTest.binary.path) .*--data-dir \(app.dataDirectory.path)"])
        XCTAssertEqual(sent.status, 0, "no srm-quiz process found to signal \(name)")
    }

    private func assertTerminalRestored(_ tmux: Tmux, _ app: AppUnderTest, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(try tmux.display("#{alternate_on} #{cursor_flag} #{keypad_flag}"), "0 1 0", "after SIG\(name): alternate screen, cursor, keypad", file: file, line: line)
        let settings = try app.terminalSettings()
        XCTAssertEqual(settings.before, settings.after, "after SIG\(name) the tty settings changed", file: file, line: line)
        XCTAssertEqual(try app.progress()?.answers.count, 1, "after SIG\(name)", file: file, line: line)
    }

    func testEverySignalThatEndsTheProcessRestoresTheTerminalFirst() throws {
        let signals: [(String, Int32)] = [
            ("USR1", SIGUSR1), ("USR2", SIGUSR2), ("ALRM", SIGALRM), ("XCPU", SIGXCPU), ("XFSZ", SIGXFSZ), ("VTALRM", SIGVTALRM),
            ("PROF", SIGPROF), ("IO", SIGIO), ("PWR", SIGPWR), ("SYS", SIGSYS), ("RTMIN+3", __libc_current_sigrtmin() + 3),
        ]
        for (name, number) in signals {
            let app = try AppUnderTest()
            let tmux = try practiceAnsweredOnce(app)
            try signal(name, app)
            try tmux.waitFor("EXIT=\(128 + number)", timeout: 30)
            try assertTerminalRestored(tmux, app, name)
        }
    }

    func testSIGQUITEndsAtOnceWithoutWaitingForAKey() throws {
        let app = try AppUnderTest()
        let tmux = try practiceAnsweredOnce(app)
        let sent = Date()
        try signal("QUIT", app)
        let screen = try tmux.waitFor("EXIT=\(128 + SIGQUIT)", timeout: 10)
        XCTAssertLessThan(Date().timeIntervalSince(sent), 10)
        XCTAssertFalse(try tmux.history().contains("Press space to interact"), screen)
        try assertTerminalRestored(tmux, app, "QUIT")

        let plain = try AppUnderTest()
        let pane = try Tmux(command: plain.paneCommand(["practice", "--plain", "--seed", "6", "--count", "3"] + plain.options()))
        try pane.waitFor("or q to leave:")
        try signal("QUIT", plain)
        try pane.waitFor("EXIT=\(128 + SIGQUIT)", timeout: 10)
        XCTAssertFalse(try pane.history().contains("Press space to interact"), "plain mode also ends at once")
    }

    func testSIGPIPEIsIgnoredAndTheSessionGoesOn() throws {
        let app = try AppUnderTest()
        let tmux = try practiceAnsweredOnce(app)
        try signal("PIPE", app)
        try tmux.send("Enter")
        try tmux.waitFor("Question 2 of 3")
        XCTAssertEqual(try tmux.display("#{alternate_on}"), "1", "still running")
        try tmux.send("C-c")
        try tmux.waitFor("EXIT=130")
        try assertTerminalRestored(tmux, app, "PIPE")
    }
}
