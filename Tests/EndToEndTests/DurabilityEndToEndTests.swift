import Foundation
import QuizCore
import XCTest

/// What happens to a learner's history when srm-quiz is killed, or started twice on one profile.
final class DurabilityEndToEndTests: XCTestCase {
    /// Kills the real binary with SIGKILL at random moments while answers are being given, again and again on one
    /// profile: the progress always reads back, and every answer saved before a kill is still there after it.
    func testKillingAtRandomMomentsNeverLosesAnEarlierAnswer() throws {
        let iterations = Int(ProcessInfo.processInfo.environment["SRM_QUIZ_KILL_LOOPS"] ?? "") ?? 20
        let app = try AppUnderTest()
        var generator = SystemRandomNumberGenerator()
        var before: [AnswerRecord] = []
        for iteration in 0..<iterations {
            let tmux = try Tmux(command: app.paneCommand(["practice", "--count", "40", "--seed", "\(iteration)"] + app.options(bundledBank: true)))
            try tmux.waitFor(anyOf: ["Question 1 of 40", "Incident scenario:"])
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                try tmux.send("Enter", "1", "2", "Enter")
            }
            usleep(UInt32.random(in: 0...150_000, using: &generator))
            let pattern = "^\(AppUnderTest.binary.path) .*--data-dir \(app.dataDirectory.path)"
            let killed = try Command.run("pkill", ["-KILL", "-f", "--", pattern])
            XCTAssertEqual(killed.status, 0, "iteration \(iteration): no srm-quiz process to kill")
            try waitUntilGone(pattern, iteration: iteration)
            withExtendedLifetime(tmux) {}
            let after = try XCTUnwrap(try app.progress(), "iteration \(iteration): the progress does not read back").answers
            XCTAssertEqual(Array(after.prefix(before.count)), before, "iteration \(iteration) lost an earlier answer")
            before = after
        }
        XCTAssertGreaterThan(before.count, iterations / 2, "the loop should have saved answers")
    }

    /// Polls until no process matches `pattern` (a killed process may take a moment to be reaped).
    private func waitUntilGone(_ pattern: String, iteration: Int) throws {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if try Command.run("pgrep", ["-f", "--", pattern]).status != 0 { return }
            usleep(20_000)
        }
        XCTFail("iteration \(iteration): srm-quiz still runs after SIGKILL")
    }

    func testASecondCopyOnTheSameProfileIsRefusedNamingTheFirst() throws {
        let app = try AppUnderTest()
        let tmux = try Tmux(command: app.paneCommand(["practice", "--seed", "1"] + app.options()))
        try tmux.waitFor("Question 1 of 3")
        let second = try app.run(["practice", "--seed", "2"] + app.options())
        XCTAssertEqual(second.status, 75)
        XCTAssertTrue(second.stderr.contains("profile e2e: this profile is in use by another srm-quiz (pid "), second.stderr)
        XCTAssertTrue(second.stderr.contains("e2e.lock"), second.stderr)
        let report = try app.run(["report", "--format", "json"] + app.options())
        XCTAssertEqual(report.status, 0, "reading a profile in use is allowed: \(report.stderr)")
        try tmux.send("q")
        try tmux.waitFor("Leave this session?")
        try tmux.send("y")
        try tmux.waitFor("EXIT=0")
        XCTAssertNoThrow(try ProfileLock(progressFile: app.progressFile), "the profile is free again once the first copy has left")
    }
}
