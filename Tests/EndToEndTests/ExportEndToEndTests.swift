import Foundation
import QuizCore
import XCTest

/// `srm-quiz export` through the real binary: each format's output, --output, and the exit codes of bad options,
/// damaged progress and unwritable files.
final class ExportEndToEndTests: XCTestCase {
    let day = Date(timeIntervalSince1970: 1_790_000_000)

    /// A progress file with an answer of each kind, a passed module and the completion it led to.
    func saveProgress(_ app: AppUnderTest) throws {
        var progress = ProgressFile(profile: app.profile, createdAt: day)
        let answers: [(String, String, [Int], Bool, String, String)] = [
            ("e2e.single", "basics", [0], true, "practice", "practice-1"),
            ("e2e.multiple", "basics", [0, 2], false, "practice", "practice-1"),
            ("e2e.single", "basics", [0], true, "train", "train-1"),
            ("e2e.owner", "services", [1], true, "train", "train-1"),
        ]
        for (offset, (id, topic, chosen, correct, mode, session)) in answers.enumerated() {
            progress.record(AnswerRecord(
                questionId: id, topic: topic, chosen: chosen, correct: correct, seconds: 2.5,
                answeredAt: day.addingTimeInterval(Double(offset * 10)), session: session, mode: mode
            ))
        }
        let bank = try BankLoader.load(directory: AppUnderTest.fixtureBank)
        let module = try XCTUnwrap(bank.trainingModules.first)
        let result = ModuleResult(
            moduleID: module.id, title: module.title, correct: 2, total: 2, passMark: bank.trainingPassMark, testedOut: false,
            startedAt: day.addingTimeInterval(15), finishedAt: day.addingTimeInterval(30), session: "train-1",
            bankFingerprint: BankFingerprint.of(bank), questionIds: ["e2e.single", "e2e.owner"]
        )
        progress.apply(.moduleResult(result))
        let completion = try XCTUnwrap(CompletionRecord(
            profile: app.profile, modules: bank.trainingModules, results: [result], passMark: bank.trainingPassMark,
            bankFingerprint: result.bankFingerprint, completedAt: day.addingTimeInterval(30)
        ))
        progress.apply(.completion(completion))
        try ProgressStore(fileURL: app.progressFile).save(progress)
    }

    func testXAPIPrintsOneStatementPerLine() throws {
        let app = try AppUnderTest()
        try saveProgress(app)
        let result = try app.run(["export", "--format", "xapi"] + app.options())
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 4 + 1 + 1, "four answers, a module passed, a completion")
        var verbs: [String] = []
        for line in lines {
            let statement = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            XCTAssertEqual(Set(statement.keys), ["id", "actor", "verb", "object", "result", "context", "timestamp"])
            let actor = try XCTUnwrap(statement["actor"] as? [String: Any])
            XCTAssertEqual(actor["account"] as? [String: String], ["homePage": XAPIActor.defaultHomePage, "name": app.profile])
            verbs.append(try XCTUnwrap((statement["verb"] as? [String: Any])?["id"] as? String))
        }
        XCTAssertEqual(verbs.map { $0.components(separatedBy: "/").last }, ["answered", "answered", "answered", "answered", "passed", "completed"])

        let again = try app.run(["export", "--format", "xapi"] + app.options())
        XCTAssertEqual(again.stdout, result.stdout, "the same progress exports the same statements, ids included")
    }

    func testXAPIWithAnActorAndABaseIntoAFile() throws {
        let app = try AppUnderTest()
        try saveProgress(app)
        let file = app.dataDirectory.appendingPathComponent("statements.jsonl")
        let result = try app.run([
            "export", "--format", "xapi", "--actor", "mailto:ada@example.com", "--activity-base", "https://lms.example.com/srm/",
            "--output", file.path,
        ] + app.options())
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "")
        let text = try String(contentsOf: file, encoding: .utf8)
        XCTAssertEqual(text.split(separator: "\n").count, 6)
        XCTAssertTrue(text.contains(#""mbox":"mailto:ada@example.com""#), text)
        XCTAssertTrue(text.contains(#""id":"https://lms.example.com/srm/question/e2e.owner""#), text)
        XCTAssertFalse(text.contains("account"), text)
    }

    func testBadOptionsExit64NamingTheOption() throws {
        let app = try AppUnderTest()
        for (arguments, named) in [
            (["--format", "xapi", "--actor", "ada@example.com"], "--actor ada@example.com"),
            (["--format", "xapi", "--actor", "account:lms|ada"], "--actor account:lms|ada"),
            (["--format", "xapi", "--activity-base", "srm-quiz"], "--activity-base srm-quiz"),
            (["--format", "gift", "--actor", "mailto:ada@example.com"], "--actor is only for --format xapi"),
            (["--format", "csv", "--include-matrix"], "--include-matrix is only for --format gift or anki"),
        ] {
            let result = try app.run(["export"] + arguments + app.options())
            XCTAssertEqual(result.status, 64, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(named), result.stderr)
        }
        XCTAssertEqual(try app.run(["export", "--format", "scorm"] + app.options()).status, 64)
        XCTAssertEqual(try app.run(["export"] + app.options()).status, 64, "--format is required")
    }

    func testADamagedProgressFileExits65NamingIt() throws {
        let app = try AppUnderTest()
        try FileManager.default.createDirectory(at: app.progressFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        let damaged = Data(#"{"format": "srm-quiz-progress", "schemaVersion": 2, "answers": ["#.utf8)
        try damaged.write(to: app.progressFile)
        for format in ["xapi", "csv"] {
            let result = try app.run(["export", "--format", format] + app.options())
            XCTAssertEqual(result.status, 65, format)
            XCTAssertTrue(result.stderr.contains("\(app.progressFile.path): progress file is damaged"), result.stderr)
            XCTAssertEqual(result.stdout, "")
        }
        XCTAssertEqual(try Data(contentsOf: app.progressFile), damaged)
    }

    func testGIFTHasEveryQuestionOfTheBank() throws {
        let app = try AppUnderTest()
        let result = try app.run(["export", "--format", "gift", "--bank", AppUnderTest.fixtureBank.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("$CATEGORY: srm-quiz/Basics\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("$CATEGORY: srm-quiz/Services\n"), result.stdout)
        let titles = result.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("::") }.map { $0.components(separatedBy: "::")[1] }
        XCTAssertEqual(titles, ["e2e.single", "e2e.multiple", "e2e.owner"])
        XCTAssertTrue(result.stdout.contains("\t~%50%IAM policies#"), result.stdout)
        XCTAssertTrue(result.stdout.contains("\t=Customer\n"), result.stdout)
    }

    func testAnkiHasTheHeaderAndANotePerQuestion() throws {
        let app = try AppUnderTest()
        let result = try app.run(["export", "--format", "anki", "--bank", AppUnderTest.fixtureBank.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(Array(lines.prefix(AnkiExport.header.count)), AnkiExport.header)
        let notes = lines.dropFirst(AnkiExport.header.count).filter { !$0.isEmpty }
        XCTAssertEqual(notes.count, 3)
        XCTAssertTrue(notes.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 4 }, "\(notes)")
        XCTAssertEqual(notes.map { $0.components(separatedBy: "\t").last }, ["srm-quiz:e2e.single", "srm-quiz:e2e.multiple", "srm-quiz:e2e.owner"])
    }

    func testCSVHasARowPerCompletion() throws {
        let app = try AppUnderTest()
        let missing = try app.run(["export", "--format", "csv"] + app.options())
        XCTAssertEqual(missing.status, 65, "a profile with no progress is an error, not an empty export: \(missing.stderr)")
        XCTAssertEqual(missing.stdout, "")
        XCTAssertTrue(missing.stderr.contains("no progress saved for profile e2e: looked for \(app.progressFile.path)"), missing.stderr)

        try saveProgress(app)
        let result = try app.run(["export", "--format", "csv"] + app.options())
        XCTAssertEqual(result.status, 0, result.stderr)
        let rows = result.stdout.components(separatedBy: "\r\n")
        XCTAssertEqual(rows.count, 3)
        XCTAssertTrue(rows[1].hasPrefix("e2e,2026-09-21T"), rows[1])
        XCTAssertTrue(rows[1].hasSuffix(",100,2026-09-21T14:13:50.000Z,false"), rows[1])
    }

    func testAnUnwritableOutputExits74NamingTheFile() throws {
        let app = try AppUnderTest()
        let file = app.dataDirectory.appendingPathComponent("no-such-folder/bank.gift")
        let result = try app.run(["export", "--format", "gift", "--bank", AppUnderTest.fixtureBank.path, "--output", file.path])
        XCTAssertEqual(result.status, 74)
        XCTAssertTrue(result.stderr.contains("\(file.path): cannot write the export: the folder \(file.deletingLastPathComponent().path) does not exist"), result.stderr)
    }
}
