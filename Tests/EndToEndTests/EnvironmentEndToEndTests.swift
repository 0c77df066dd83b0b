import Foundation
import QuizCore
import XCTest

/// Where progress goes when `--data-dir` is not given: `$HOME` is followed (then the password file), and a data
/// directory that cannot be used gets one message naming it.
final class EnvironmentEndToEndTests: XCTestCase {
    /// Runs the app with `HOME` and the other variables given, and without `SRM_QUIZ_HOME` or `XDG_DATA_HOME`
    /// unless given.
    private func run(_ arguments: [String], environment: [String], input: String? = nil) throws -> Command.Result {
        try Command.run(
            "/usr/bin/env", ["-u", "SRM_QUIZ_HOME", "-u", "XDG_DATA_HOME"] + environment + [AppUnderTest.binary.path] + arguments, input: input
        )
    }

    private let practice = ["practice", "--plain", "--seed", "6", "--count", "2", "--profile", "e2e", "--bank", AppUnderTest.fixtureBank.path]

    func testHomeIsFollowed() throws {
        let app = try AppUnderTest()
        let home = app.dataDirectory.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let result = try run(practice, environment: ["HOME=\(home.path)"], input: "1\nq\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        let data = home.appendingPathComponent(".local/share/srm-quiz")
        let saved = try ProgressStore(fileURL: data.appendingPathComponent("profiles/e2e.json")).load()
        XCTAssertEqual(saved?.answers.count, 1, "the answer is kept under $HOME")
        let mode = try FileManager.default.attributesOfItem(atPath: data.path)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o700)

        let report = try run(["report", "--profile", "e2e", "--bank", AppUnderTest.fixtureBank.path], environment: ["HOME=\(home.path)"])
        XCTAssertEqual(report.status, 0, report.stderr)
        XCTAssertTrue(report.stdout.contains(data.appendingPathComponent("profiles/e2e.json").path), report.stdout)

        let xdg = app.dataDirectory.appendingPathComponent("xdg")
        let other = try run(practice, environment: ["HOME=\(home.path)", "XDG_DATA_HOME=\(xdg.path)"], input: "1\nq\n")
        XCTAssertEqual(other.status, 0, other.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: xdg.appendingPathComponent("srm-quiz/profiles/e2e.json").path), "$XDG_DATA_HOME still comes first")
    }

    func testAnUnusableDataDirectoryGetsOneMessageNamingIt() throws {
        let app = try AppUnderTest()
        let file = app.dataDirectory.appendingPathComponent("a-file")
        try Data("not a folder".utf8).write(to: file)
        let cases: [([String], String)] = [
            (["HOME=/dev/null"], "/dev/null/.local/share/srm-quiz"),
            (["HOME=\(file.path)"], "\(file.path)/.local/share/srm-quiz"),
            (["HOME=/nonexistent-home", "SRM_QUIZ_HOME=\(file.path)"], file.path),
        ]
        for (environment, directory) in cases {
            let result = try run(practice, environment: environment, input: "1\n")
            XCTAssertEqual(result.status, 74, "\(environment): \(result.stderr)")
            let lines = result.stderr.split(separator: "\n")
            XCTAssertEqual(lines.count, 1, result.stderr)
            XCTAssertTrue(result.stderr.hasPrefix("srm-quiz: the data directory \(directory) cannot be used: "), result.stderr)
            XCTAssertTrue(result.stderr.contains("--data-dir"), result.stderr)
        }
    }
}
