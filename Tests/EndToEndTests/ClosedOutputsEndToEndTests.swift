import Foundation
import QuizCore
import XCTest

/// Standard input, output or error closed, or output on a full device: every error still exits with its code,
/// every failed write exits 74 (never 0 after an empty file, never a crash), and a closed standard input is
/// never taken by a file the app opens.
final class ClosedOutputsEndToEndTests: XCTestCase {
    /// Runs the app through `sh` with `redirections` (`2>&-`, `>/dev/full`, ...) after its arguments.
    private func run(_ arguments: [String], _ redirections: String, input: String? = nil) throws -> Command.Result {
        let app = ([AppUnderTest.binary.path] + arguments).map(Command.quoted).joined(separator: " ")
        return try Command.run("/bin/sh", ["-c", "exec \(app) \(redirections)"], input: input)
    }

    func testWithStandardErrorClosedEveryErrorStillExitsWithItsCode() throws {
        let app = try AppUnderTest()
        let brokenBank = app.dataDirectory.appendingPathComponent("bank")
        try FileManager.default.copyItem(at: AppUnderTest.fixtureBank, to: brokenBank)
        try Data("{ not json".utf8).write(to: brokenBank.appendingPathComponent("questions/broken.json"))
        let cases: [([String], Int32)] = [
            (["practice", "--count", "0"] + app.options(), 64),
            (["--no-such-option"], 64),
            (["report", "--profile", "../x", "--data-dir", app.dataDirectory.path], 64),
            (["practice", "--plain", "--bank", brokenBank.path, "--data-dir", app.dataDirectory.path, "--profile", "e2e"], 65),
            (["validate", "--bank", brokenBank.path], 65),
            (["export", "--format", "xapi"] + app.options(), 65),
            (["report", "--team", app.dataDirectory.appendingPathComponent("missing").path, "--bank", AppUnderTest.fixtureBank.path], 74),
        ]
        for (arguments, code) in cases {
            for redirection in ["2>&-", "2>/dev/full"] {
                let result = try run(arguments, redirection)
                XCTAssertEqual(result.status, code, "\(arguments) \(redirection): \(result.stdout)")
            }
        }
    }

    func testOutputToAFullOrClosedStandardOutputExits74WithAMessage() throws {
        let app = try AppUnderTest()
        try ProgressStore(fileURL: app.progressFile).save(ReportEndToEndTests.learner(app.profile))
        let commands: [[String]] = [
            ["export", "--format", "xapi"] + app.options(),
            ["export", "--format", "profile"] + app.options(),
            ["export", "--format", "gift", "--bank", AppUnderTest.fixtureBank.path],
            ["report"] + app.options(),
            ["report", "--format", "csv"] + app.options(),
            ["matrix", "--format", "csv"],
            ["validate", "--bank", AppUnderTest.fixtureBank.path],
            ["--help"],
        ]
        for arguments in commands {
            let full = try run(arguments, ">/dev/full")
            XCTAssertEqual(full.status, 74, "\(arguments) >/dev/full")
            XCTAssertTrue(full.stderr.contains("cannot write to standard output: No space left on device"), "\(arguments): \(full.stderr)")
            let closed = try run(arguments, ">&-")
            XCTAssertEqual(closed.status, 74, "\(arguments) >&-")
            XCTAssertTrue(closed.stderr.contains("standard output: it was closed when srm-quiz started"), "\(arguments): \(closed.stderr)")
        }
        let plain = try run(["practice", "--plain", "--seed", "6", "--count", "2"] + app.options(), ">/dev/full", input: "1\n")
        XCTAssertEqual(plain.status, 74, plain.stderr)
        XCTAssertEqual(try app.progress()?.answers.count, ReportEndToEndTests.learner(app.profile).answers.count, "nothing was answered unseen")
    }

    func testWithStandardInputClosedTheLockFileIsNeverReadAsAnAnswer() throws {
        let app = try AppUnderTest()
        for _ in 0..<2 {
            let result = try run(["practice", "--plain", "--seed", "6", "--count", "2"] + app.options(), "<&-")
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertTrue(result.stdout.contains("End of input: leaving."), result.stdout)
            XCTAssertFalse(result.stdout.contains("pid "), "the lock's text was read as input: \(result.stdout)")
        }
        XCTAssertEqual(try app.progress()?.answers.count ?? 0, 0, "no answer was given")
        let lock = app.progressFile.deletingPathExtension().appendingPathExtension("lock")
        XCTAssertTrue(try String(contentsOf: lock, encoding: .utf8).hasPrefix("pid "), "the lock still says who held it")
    }
}
