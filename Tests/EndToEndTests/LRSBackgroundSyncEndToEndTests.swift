import Foundation
import QuizCore
import XCTest

/// The full-screen app with a policy naming an LRS: it syncs in the background, never holding up a keypress, says
/// on the home screen how things stand, and leaves within its bounded wait.
final class LRSBackgroundSyncEndToEndTests: XCTestCase {
    func policy(in app: AppUnderTest, endpoint: String) throws -> URL {
        try LRSSyncEndToEndTests.writePolicy(in: app, endpoint: endpoint)
    }

    /// From the last answer's feedback back to the home screen.
    func leave(_ tmux: Tmux, timeout: TimeInterval) throws {
        try tmux.send("q")
        let screen = try tmux.waitFor(anyOf: ["Leave this session?", "1. Practice"], timeout: timeout)
        if screen.contains("Leave this session?") {
            try tmux.send("y")
            try tmux.waitFor("1. Practice", timeout: timeout)
        }
    }

    func testAnswersReachARunningLRSAndTheHomeScreenSaysSo() throws {
        let app = try AppUnderTest()
        let lrs = try RalphLRS()
        try lrs.start()
        let policy = try policy(in: app, endpoint: lrs.endpoint)
        let tmux = try Tmux(command: app.paneCommand(["--seed", "6", "--count", "2", "--policy", policy.path] + app.options()))
        try tmux.waitFor("1. Practice")
        try tmux.send("1")
        try tmux.waitFor("Question 1 of 2")
        try tmux.send("1")
        try tmux.waitFor(anyOf: ["✔ Correct", "✘ Wrong"])
        try tmux.send("Enter")
        try tmux.waitFor("Question 2 of 2")
        try tmux.send("2")
        try tmux.waitFor(anyOf: ["✔ Correct", "✘ Wrong"])
        try leave(tmux, timeout: 15)
        try tmux.waitFor("All records sent", timeout: 30)
        XCTAssertEqual(try lrs.counts(agent: LRSSyncEndToEndTests.agent).count, 2)
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
    }

    /// A server that accepts connections and never answers: keys are answered at once all the same, the home
    /// screen says the records wait, and leaving takes at most the bounded wait.
    func testASilentLRSNeverHoldsUpAKeyOrTheExit() throws {
        let app = try AppUnderTest()
        let silent = try SilentServer(log: app.dataDirectory.appendingPathComponent("silent.log").path)
        defer { withExtendedLifetime(silent) {} }
        let policy = try policy(in: app, endpoint: silent.endpoint)
        let tmux = try Tmux(command: app.paneCommand(["--seed", "6", "--count", "2", "--policy", policy.path] + app.options()))
        try tmux.waitFor("1. Practice", timeout: 5)
        try tmux.send("1")
        try tmux.waitFor("Question 1 of 2", timeout: 5)
        try tmux.send("1")
        try tmux.waitFor(anyOf: ["✔ Correct", "✘ Wrong"], timeout: 5)
        try tmux.send("Enter")
        try tmux.waitFor("Question 2 of 2", timeout: 5)
        try tmux.send("2")
        try tmux.waitFor(anyOf: ["✔ Correct", "✘ Wrong"], timeout: 5)
        try leave(tmux, timeout: 5)
        try tmux.waitFor("2 records waiting: LRS unreachable", timeout: 40)
        let leaving = Date()
        try tmux.send("q")
        try tmux.waitFor("EXIT=0", timeout: 10)
        XCTAssertLessThan(Date().timeIntervalSince(leaving), 6, "leaving waits at most 3 s for the LRS")
        XCTAssertEqual(try Outbox(progressFile: app.progressFile).read().pending.count, 2, "the records stay queued")
    }
}
