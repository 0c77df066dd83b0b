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

    /// The example: as `nobody` (home `/nonexistent` in the password file), with `HOME` set the data goes
    /// there; without it, the one message names `/nonexistent`. Needs root to run as `nobody`; skipped otherwise.
    func testAsNobodyHomeIsFollowedAndThePasswordFilesHomeIsNamed() throws {
        try XCTSkipIf(geteuid() != 0, "needs root to run as nobody")
        let nobody = try XCTUnwrap(getpwnam("nobody"), "no nobody account")
        let app = try AppUnderTest()
        let home = app.dataDirectory.appendingPathComponent("nobody-home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        XCTAssertEqual(chown(home.path, nobody.pointee.pw_uid, nobody.pointee.pw_gid), 0)
        chmod(app.dataDirectory.path, 0o755)
        let asNobody = ["runuser", "-u", "nobody", "--", "env", "-i", "PATH=/usr/bin:/bin"]
        let withHome = try Command.run("/usr/bin/env", asNobody + ["HOME=\(home.path)", AppUnderTest.binary.path] + practice, input: "1\nq\n")
        try XCTSkipIf(withHome.stderr.contains("runuser:"), "cannot run as nobody here: \(withHome.stderr)")
        XCTAssertEqual(withHome.status, 0, withHome.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: home.appendingPathComponent(".local/share/srm-quiz/profiles/e2e.json").path))

        let withoutHome = try Command.run("/usr/bin/env", asNobody + [AppUnderTest.binary.path] + practice, input: "1\n")
        XCTAssertEqual(withoutHome.status, 74, withoutHome.stderr)
        let passwordHome = String(cString: nobody.pointee.pw_dir)
        XCTAssertTrue(withoutHome.stderr.hasPrefix("srm-quiz: the data directory \(passwordHome)/.local/share/srm-quiz cannot be used: "), withoutHome.stderr)
        XCTAssertEqual(withoutHome.stderr.split(separator: "\n").count, 1, withoutHome.stderr)
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
