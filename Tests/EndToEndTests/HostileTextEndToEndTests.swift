import Foundation
import QuizCore
import XCTest

/// Escape sequences in banks, learners' files and lock files are shown visibly on every output path: validate's
/// problem lines, the refusals of every command, the learner's and the team's reports in every format, and the
/// "profile in use" message.
final class HostileTextEndToEndTests: XCTestCase {
    /// The fixture bank with an OSC 52 in a question's id, a window title as an unknown key, and a broken question
    /// file whose name holds an escape sequence.
    private func hostileBank(_ app: AppUnderTest) throws -> URL {
        let bank = app.dataDirectory.appendingPathComponent("hostile-bank")
        try FileManager.default.copyItem(at: AppUnderTest.fixtureBank, to: bank)
        let file = bank.appendingPathComponent("questions/e2e.json")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: #""id": "e2e.single""#, with: #""id": "e2e.single\#(HostileText.clipboardWriteInJSON)""#)
        let checked = try XCTUnwrap(text.range(of: #""checked": "2026-11-22""#))
        text.replaceSubrange(checked, with: #""checked": "2026-11-22", "\#(HostileText.windowTitleInJSON)": 1"#)
        try Data(text.utf8).write(to: file)
        try Data("{ not json".utf8).write(to: bank.appendingPathComponent("questions/x\(HostileText.windowTitle).json"))
        return bank
    }

    func testValidateAndEveryCommandThatRefusesTheBankShowEscapesVisibly() throws {
        let app = try AppUnderTest()
        let bank = try hostileBank(app)
        let validate = try app.run(["validate", "--bank", bank.path])
        XCTAssertEqual(validate.status, 65, validate.stderr)
        HostileText.assertNoRawControl(validate.stdout + validate.stderr, "validate")
        XCTAssertTrue(validate.stdout.contains(HostileText.clipboardWriteShown), validate.stdout)
        XCTAssertTrue(validate.stdout.contains(HostileText.windowTitleShown), validate.stdout)
        XCTAssertTrue(validate.stdout.contains("x\(HostileText.windowTitleShown).json"), "the file name is shown visibly: \(validate.stdout)")

        let refusals: [[String]] = [
            ["practice", "--plain"] + app.options(bundledBank: true) + ["--bank", bank.path],
            ["matrix", "--bank", bank.path],
            ["export", "--format", "gift", "--bank", bank.path],
            ["report", "--data-dir", app.dataDirectory.path, "--profile", "e2e", "--bank", bank.path],
        ]
        for arguments in refusals {
            let refused = try app.run(arguments)
            XCTAssertEqual(refused.status, 65, "\(arguments[0]): \(refused.stderr)")
            HostileText.assertNoRawControl(refused.stdout + refused.stderr, arguments[0])
            XCTAssertTrue(refused.stderr.contains(HostileText.clipboardWriteShown), "\(arguments[0]): \(refused.stderr)")
        }
    }

    /// A learner whose answer's session, question id and topic hold escape sequences.
    private func hostileLearner(_ profile: String) -> ProgressFile {
        var progress = ReportEndToEndTests.learner(profile)
        progress.record(AnswerRecord(
            questionId: "e2e.single" + HostileText.clipboardWrite, topic: "basics" + HostileText.windowTitle, chosen: [0], correct: true,
            seconds: 3, answeredAt: ReportEndToEndTests.moment.addingTimeInterval(9000), session: "s3" + HostileText.windowTitle,
            mode: "practice"
        ))
        return progress
    }

    func testTheLearnersReportShowsEscapesFromTheProgressFileVisiblyInEveryFormat() throws {
        let app = try AppUnderTest()
        try ProgressStore(fileURL: app.progressFile).save(hostileLearner(app.profile))
        for format in ["text", "csv", "json"] {
            let report = try app.run(["report", "--format", format] + app.options())
            XCTAssertEqual(report.status, 0, "\(format): \(report.stderr)")
            HostileText.assertNoRawControl(report.stdout + report.stderr, "report --format \(format)")
            if format == "csv" { XCTAssertTrue(report.stdout.contains(HostileText.windowTitleShown), report.stdout) }
        }
        let json = try app.run(["report", "--format", "json"] + app.options())
        XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)), "the JSON still parses")
    }

    func testTheTeamReportShowsEscapesFromLearnersFilesVisibly() throws {
        let app = try AppUnderTest()
        let team = app.dataDirectory.appendingPathComponent("team")
        try FileManager.default.createDirectory(at: team, withIntermediateDirectories: true)
        var hostile = hostileLearner("mallory")
        hostile.apply(.completion(try XCTUnwrap(try ReportEndToEndTests.trained("mallory").completions.first)))
        try ProgressStore(fileURL: team.appendingPathComponent("mallory.json")).save(hostile)
        try ProgressStore(fileURL: team.appendingPathComponent("alice.json")).save(ReportEndToEndTests.learner("alice"))
        try Data("{ \"format\": \"\(HostileText.clipboardWriteInJSON)\" }".utf8).write(to: team.appendingPathComponent("bad.json"))
        try Data("junk".utf8).write(to: team.appendingPathComponent("named\(HostileText.windowTitle).json"))

        for format in ["text", "csv", "json"] {
            let report = try app.run(["report", "--team", team.path, "--format", format, "--bank", AppUnderTest.fixtureBank.path])
            XCTAssertEqual(report.status, 0, "\(format): \(report.stderr)")
            HostileText.assertNoRawControl(report.stdout + report.stderr, "report --team --format \(format)")
            XCTAssertTrue(report.stderr.contains("named\(HostileText.windowTitleShown).json"), "the skipped file's name: \(report.stderr)")
        }
        let roster = team.appendingPathComponent("roster.csv")
        try Data("login,name\nmallory,Mal\(HostileText.windowTitle)\nalice,Alice\n".utf8).write(to: roster)
        for format in ["text", "csv"] {
            let standing = try app.run(["report", "--team", team.path, "--roster", roster.path, "--format", format, "--bank", AppUnderTest.fixtureBank.path])
            HostileText.assertNoRawControl(standing.stdout + standing.stderr, "report --team --roster --format \(format)")
        }
    }

    func testTheProfileInUseMessageShowsTheLockFilesTextVisibly() throws {
        let app = try AppUnderTest()
        let lock = app.progressFile.deletingPathExtension().appendingPathExtension("lock")
        try FileManager.default.createDirectory(at: lock.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("pid 1 \(HostileText.clipboardWrite)\(HostileText.windowTitle)".utf8).write(to: lock)
        let descriptor = open(lock.path, O_RDWR | O_CLOEXEC)
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        defer { close(descriptor) }
        XCTAssertEqual(flock(descriptor, LOCK_EX | LOCK_NB), 0)

        for arguments in [["practice", "--plain"], ["exam", "--plain"]] {
            let refused = try app.run(arguments + app.options(), input: "q\n")
            XCTAssertEqual(refused.status, 75, refused.stderr)
            HostileText.assertNoRawControl(refused.stdout + refused.stderr, arguments[0])
            XCTAssertTrue(refused.stderr.contains(HostileText.clipboardWriteShown), refused.stderr)
        }
    }
}
