import Foundation
import QuizCore
import XCTest

/// The binary's non-interactive paths: errors and exit codes, and the report.
final class CommandLineEndToEndTests: XCTestCase {
    func testABrokenBankIsRefusedNamingTheFileAndTheProblem() throws {
        let app = try AppUnderTest()
        let bank = app.dataDirectory.appendingPathComponent("bank")
        try FileManager.default.copyItem(at: AppUnderTest.fixtureBank, to: bank)
        let file = bank.appendingPathComponent("questions/e2e.json")
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: #""owner": "customer""#, with: #""owner": "nobody""#)
        try Data(text.utf8).write(to: file)

        let result = try app.run(["practice", "--bank", bank.path, "--data-dir", app.dataDirectory.path, "--profile", "e2e"])
        XCTAssertEqual(result.status, 65)
        XCTAssertTrue(result.stderr.contains(#"\#(file.path): e2e.owner: owner: "nobody" is not one of aws, customer, shared"#), result.stderr)
        XCTAssertTrue(result.stderr.contains("1 problem in the question bank"), result.stderr)
    }

    func testValidateReportsEveryProblemAndExits65() throws {
        let app = try AppUnderTest()
        let clean = try app.run(["validate", "--bank", AppUnderTest.fixtureBank.path])
        XCTAssertEqual(clean.status, 0, clean.stdout + clean.stderr)
        XCTAssertTrue(clean.stdout.contains("no problems"), clean.stdout)

        let bank = app.dataDirectory.appendingPathComponent("bank")
        try FileManager.default.copyItem(at: AppUnderTest.fixtureBank, to: bank)
        let file = bank.appendingPathComponent("questions/e2e.json")
        let text = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: #""owner": "customer""#, with: #""owner": "nobody""#)
            .replacingOccurrences(of: #""difficulty": "medium""#, with: #""difficulty": "tricky""#)
        try Data(text.utf8).write(to: file)
        let broken = try app.run(["validate", "--bank", bank.path])
        XCTAssertEqual(broken.status, 65)
        XCTAssertEqual(broken.stdout.split(separator: "\n").map(String.init), [
            #"\#(file.path): e2e.multiple: difficulty: "tricky" is not one of easy, medium, hard"#,
            #"\#(file.path): e2e.owner: owner: "nobody" is not one of aws, customer, shared"#,
            "2 problems in the question bank",
        ])
    }

    func testADamagedProgressFileIsRefusedAndLeftAsItWas() throws {
        let app = try AppUnderTest()
        try FileManager.default.createDirectory(at: app.progressFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        let damaged = Data(#"{"format": "srm-quiz-progress", "schemaVersion": 1, "answers": ["#.utf8)
        try damaged.write(to: app.progressFile)

        let result = try app.run(["practice"] + app.options())
        XCTAssertEqual(result.status, 65)
        XCTAssertTrue(result.stderr.contains("\(app.progressFile.path): progress file is damaged"), result.stderr)
        XCTAssertEqual(try Data(contentsOf: app.progressFile), damaged)
    }

    func testBadUsageExits64() throws {
        let app = try AppUnderTest()
        XCTAssertEqual(try app.run(["practice", "--count", "0"] + app.options()).status, 64)
        XCTAssertEqual(try app.run(["--no-such-option"]).status, 64)
        let badProfile = try app.run(["report", "--profile", "../x", "--data-dir", app.dataDirectory.path])
        XCTAssertEqual(badProfile.status, 64)
        XCTAssertTrue(badProfile.stderr.contains("invalid profile name"), badProfile.stderr)
    }

    func testVersionAndHelp() throws {
        let app = try AppUnderTest()
        let version = try app.run(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertFalse(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        for command in [[], ["practice"], ["report"], ["home"]] {
            let help = try app.run(command + ["--help"])
            XCTAssertEqual(help.status, 0)
            XCTAssertTrue(help.stdout.contains("USAGE: srm-quiz"), help.stdout)
        }
    }

    /// `--help` says which CLF-C02 tasks the bundled bank covers, as its items' tags say (and `validate` agrees).
    func testHelpAndValidateStateTheBundledBanksExamCoverage() throws {
        let app = try AppUnderTest()
        let repository = AppUnderTest.fixtureBank.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let bank = try BankLoader.load(directory: repository.appendingPathComponent("QuestionBank"))
        let coverage = BankCoverage(bank).sentence
        let words = { (text: String) in text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let help = try app.run(["--help"])
        XCTAssertTrue(words(help.stdout).contains(coverage), "--help must say: \(coverage)\n\(help.stdout)")
        let validate = try app.run(["validate"])
        XCTAssertTrue(validate.stdout.contains(coverage), validate.stdout)
    }

    func testTheReportPrintsTotalsAsJSON() throws {
        let app = try AppUnderTest()
        var progress = ProgressFile(profile: "e2e", createdAt: Date(timeIntervalSince1970: 1_800_000_000))
        for (id, topic, correct) in [("e2e.single", "basics", true), ("e2e.owner", "services", false), ("e2e.single", "basics", true)] {
            progress.record(AnswerRecord(
                questionId: id, topic: topic, chosen: [0], correct: correct, seconds: 2,
                answeredAt: Date(timeIntervalSince1970: 1_800_000_100), session: "s", mode: "practice"
            ))
        }
        try ProgressStore(fileURL: app.progressFile).save(progress)

        let result = try app.run(["report", "--format", "json"] + app.options())
        XCTAssertEqual(result.status, 0, result.stderr)
        let report = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(report["answered"] as? Int, 3)
        XCTAssertEqual(report["correct"] as? Int, 2)
        let topics = try XCTUnwrap(report["topics"] as? [[String: Any]])
        XCTAssertEqual(topics.map { $0["id"] as? String }, ["basics", "services"])
        XCTAssertEqual(topics.map { $0["accuracy"] as? Double }, [1.0, 0.0])

        let text = try app.run(["report"] + app.options())
        XCTAssertEqual(text.status, 0)
        XCTAssertTrue(text.stdout.contains("Answered 3, correct 2, accuracy 67%"), text.stdout)
    }
}
