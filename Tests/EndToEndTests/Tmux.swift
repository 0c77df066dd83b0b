import Foundation
import XCTest

/// One private tmux server running one command in a pane of a fixed size: keys go in with `send`,
/// the screen comes out with `screen()`, and `waitFor` polls instead of sleeping.
final class Tmux {
    let socket = "srm-quiz-e2e-\(UUID().uuidString.prefix(8))"

    /// Starts `command` (run by `sh -c`) in a detached session of `width` x `height`.
    init(width: Int = 80, height: Int = 24, command: String) throws {
        try run("new-session", "-d", "-x", "\(width)", "-y", "\(height)", command)
        try run("set-option", "-t", "0", "remain-on-exit", "on")
    }

    deinit {
        _ = try? Tmux.tmux(["-L", socket, "kill-server"])
    }

    func send(_ keys: String...) throws {
        for key in keys {
            try run("send-keys", "-t", "0", key)
        }
    }

    /// Sends the keys in one go, as an impatient learner's fingers do: they reach the app before it has drawn
    /// anything in between.
    func hammer(_ keys: String...) throws {
        _ = try Tmux.tmux(["-L", socket, "-f", "/dev/null", "send-keys", "-t", "0"] + keys)
    }

    /// Resizes the pane's window, as a learner dragging the terminal's corner would.
    func resize(width: Int, height: Int) throws {
        try run("resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)")
    }

    /// Sends text literally, each character a key press.
    func type(_ text: String) throws {
        try run("send-keys", "-t", "0", "-l", text)
    }

    func screen() throws -> String {
        try run("capture-pane", "-p", "-t", "0")
    }

    /// Everything the pane printed, including what scrolled off the top.
    func history() throws -> String {
        try run("capture-pane", "-p", "-S", "-", "-t", "0")
    }

    /// Polls the screen until it contains `text`, failing with the last screen seen after `timeout` seconds.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try waitFor(anyOf: [text], timeout: timeout, file: file, line: line)
    }

    /// Polls the screen until it contains one of `texts`.
    @discardableResult
    func waitFor(anyOf texts: [String], timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if texts.contains(where: last.contains) { return last }
            usleep(50_000)
        }
        XCTFail("none of \(texts) appeared within \(timeout) s; the screen was:\n\(last)", file: file, line: line)
        throw CancellationError()
    }

    /// The screen once it has stopped changing (two captures 100 ms apart agree): a frame the app drew whole,
    /// not one caught while ncurses was still writing it.
    func settledScreen(timeout: TimeInterval = 5) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = try screen()
        while Date() < deadline {
            usleep(100_000)
            let now = try screen()
            if now == last { return now }
            last = now
        }
        return last
    }

    /// Polls the screen until it is no longer `previous`, then until it settles: what a key just sent did.
    @discardableResult
    func waitForChange(from previous: String, timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let now = try screen()
            if now != previous { return try settledScreen() }
            usleep(50_000)
        }
        XCTFail("the screen did not change within \(timeout) s:\n\(previous)", file: file, line: line)
        throw CancellationError()
    }

    /// Reads a screen of text to its end with Enter alone, one press per scroll, and returns the last screen.
    func readOnWithEnter(file: StaticString = #filePath, line: UInt = #line) throws -> (screen: String, presses: Int) {
        var screen = try settledScreen()
        var presses = 0
        while screen.contains("Enter read on"), presses < 50 {
            try send("Enter")
            presses += 1
            screen = try waitForChange(from: screen, file: file, line: line)
        }
        return (screen, presses)
    }

    /// Polls the screen until `text` is gone from it.
    @discardableResult
    func waitUntilGone(_ text: String, timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if !last.contains(text) { return last }
            usleep(50_000)
        }
        XCTFail("\(text) was still on screen after \(timeout) s:\n\(last)", file: file, line: line)
        throw CancellationError()
    }

    /// The pane's state by a tmux format, such as `#{alternate_on}` (1 while the alternate screen is on).
    func display(_ format: String) throws -> String {
        try run("display-message", "-p", "-t", "0", format).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @discardableResult
    private func run(_ arguments: String...) throws -> String {
        try Tmux.tmux(["-L", socket, "-f", "/dev/null"] + arguments)
    }

    private static func tmux(_ arguments: [String]) throws -> String {
        let result = try Command.run("tmux", arguments)
        guard result.status == 0 else {
            throw NSError(domain: "tmux", code: Int(result.status), userInfo: [NSLocalizedDescriptionKey: "tmux \(arguments): \(result.stderr)"])
        }
        return result.stdout
    }
}
