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

    func testXAPIPrintsOneJSONArrayAndXAPILinesOneStatementPerLine() throws {
        let app = try AppUnderTest()
        try saveProgress(app)
        let array = try app.run(["export", "--format", "xapi"] + app.options())
        XCTAssertEqual(array.status, 0, array.stderr)
        let list = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(array.stdout.utf8)) as? [[String: Any]])
        let result = try app.run(["export", "--format", "xapi-lines"] + app.options())
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 4 + 2 + 2, "four answers, a module passed and completed, the training completed and passed")
        XCTAssertEqual(list.count, lines.count)
        XCTAssertEqual(array.stdout.split(separator: "\n").dropFirst().dropLast().map { $0.hasSuffix(",") ? String($0.dropLast()) : String($0) },
                       lines.map(String.init), "the array holds the lines' statements, one a line")
        var verbs: [String] = []
        for line in lines {
            let statement = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            XCTAssertEqual(Set(statement.keys), ["id", "actor", "verb", "object", "result", "context", "timestamp"])
            let actor = try XCTUnwrap(statement["actor"] as? [String: Any])
            XCTAssertEqual(actor["account"] as? [String: String], ["homePage": XAPIActor.defaultHomePage, "name": app.profile])
            verbs.append(try XCTUnwrap((statement["verb"] as? [String: Any])?["id"] as? String))
        }
        XCTAssertEqual(
            verbs.map { $0.components(separatedBy: "/").last }, ["answered", "answered", "answered", "answered", "passed", "completed", "completed", "passed"]
        )

        let again = try app.run(["export", "--format", "xapi-lines"] + app.options())
        XCTAssertEqual(again.stdout, result.stdout, "the same progress exports the same statements, ids included")
    }

    func testXAPIWithAnActorAndABaseIntoAFile() throws {
        let app = try AppUnderTest()
        try saveProgress(app)
        let file = app.dataDirectory.appendingPathComponent("statements.json")
        let result = try app.run([
            "export", "--format", "xapi", "--actor", "mailto:ada@example.com", "--activity-base", "https://lms.example.com/srm/",
            "--output", file.path,
        ] + app.options())
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "")
        let text = try String(contentsOf: file, encoding: .utf8)
        XCTAssertEqual((try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [Any])?.count, 8)
        XCTAssertTrue(text.contains(#""mbox":"mailto:ada@example.com""#), text)
        XCTAssertTrue(text.contains(#""id":"https://lms.example.com/srm/question/e2e.owner""#), text)
        XCTAssertFalse(text.contains("account"), text)
    }


    func testTheTeamReportFromExportedStatementsIsTheReportFromTheFiles() throws {
        let app = try AppUnderTest()
        try saveProgress(app)
        let folder = app.dataDirectory.appendingPathComponent("sent")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("statements.json")
        let export = try app.run(["export", "--format", "xapi", "--output", file.path] + app.options())
        XCTAssertEqual(export.status, 0, export.stderr)
        let bank = ["--bank", AppUnderTest.fixtureBank.path]
        for format in ["json", "text", "csv"] {
            let fromFiles = try app.run(["report", "--team", app.dataDirectory.path, "--format", format] + bank)
            let fromStatements = try app.run(["report", "--lrs-statements", file.path, "--format", format] + bank)
            XCTAssertEqual(fromFiles.status, 0, fromFiles.stderr)
            XCTAssertEqual(fromStatements.status, 0, fromStatements.stderr)
            XCTAssertEqual(fromStatements.stderr, "")
            switch format {
            case "json": XCTAssertEqual(try ReportFigures.of(fromFiles.stdout), try ReportFigures.of(fromStatements.stdout))
            case "text":
                XCTAssertEqual(fromFiles.stdout.replacingOccurrences(of: app.dataDirectory.path, with: "SOURCE"),
                               fromStatements.stdout.replacingOccurrences(of: file.path, with: "SOURCE"))
            default:
                XCTAssertTrue(fromStatements.stdout.contains("\(file.path) (profile \(app.profile))"), fromStatements.stdout)
            }
        }
        let judged = try app.run(["report", "--lrs-statements", file.path, "--format", "json", "--roster", try roster(app).path] + bank)
        XCTAssertEqual(judged.status, 0, judged.stderr)
        XCTAssertTrue(judged.stdout.contains(#""status" : "completed""#), judged.stdout)

        let elsewhere = try app.run(["report", "--lrs-statements", file.path, "--activity-base", "https://lms.example.com/srm/"] + bank)
        XCTAssertEqual(elsewhere.status, 65, elsewhere.stderr)
        XCTAssertTrue(elsewhere.stderr.contains("8 statements of other activities than https://lms.example.com/srm/ ignored"), elsewhere.stderr)
    }

    func roster(_ app: AppUnderTest) throws -> URL {
        let file = app.dataDirectory.appendingPathComponent("people.csv")
        try "login,name\n\(app.profile),Ada\n".write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    func testTheReportFromStatementsRefusesABadSourceOrTwoSources() throws {
        let app = try AppUnderTest()
        let bank = ["--bank", AppUnderTest.fixtureBank.path]
        let lrs = try app.run(["report", "--lrs", "http://127.0.0.1:8100/xAPI"] + bank)
        XCTAssertEqual(lrs.status, 64)
        XCTAssertTrue(lrs.stderr.contains("the LRS's key and secret come from the policy's lrs section"), lrs.stderr)
        let both = try app.run(["report", "--team", app.dataDirectory.path, "--lrs-statements", "/nonexistent.json"] + bank)
        XCTAssertEqual(both.status, 64)
        let missing = try app.run(["report", "--lrs-statements", "/nonexistent.json"] + bank)
        XCTAssertEqual(missing.status, 74)
        XCTAssertTrue(missing.stderr.contains("--lrs-statements /nonexistent.json: no such file"), missing.stderr)
        let lines = app.dataDirectory.appendingPathComponent("lines.json")
        try "{\"id\": 1}\n{\"id\": 2}\n".write(to: lines, atomically: true, encoding: .utf8)
        let notJSON = try app.run(["report", "--lrs-statements", lines.path] + bank)
        XCTAssertEqual(notJSON.status, 65)
        XCTAssertTrue(notJSON.stderr.contains("not valid JSON at line 2"), notJSON.stderr)
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
