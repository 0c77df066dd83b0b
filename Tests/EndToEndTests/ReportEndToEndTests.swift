import Foundation
import QuizCore
import XCTest

/// `srm-quiz report` through the real binary: the learner's report in each format, and the team report over a
/// directory of collected progress files, bad ones among them.
final class ReportEndToEndTests: XCTestCase {
    static let moment = Date(timeIntervalSince1970: 1_800_000_000)

    static func answer(_ id: String, topic: String, correct: Bool, session: String, at seconds: Double) -> AnswerRecord {
        AnswerRecord(
            questionId: id, topic: topic, chosen: [0], correct: correct, seconds: 3, answeredAt: moment.addingTimeInterval(seconds),
            session: session, mode: "practice"
        )
    }

    /// Three right answers on Basics and one of three on Services, in two sessions.
    static func learner(_ profile: String) -> ProgressFile {
        var progress = ProgressFile(profile: profile, createdAt: moment)
        for (index, correct) in [true, true, true].enumerated() {
            progress.record(answer("e2e.single", topic: "basics", correct: correct, session: "s1", at: Double(index)))
        }
        for (index, correct) in [true, false, false].enumerated() {
            progress.record(answer("e2e.owner", topic: "services", correct: correct, session: "s2", at: 3600 + Double(index)))
        }
        return progress
    }

    /// A learner who passed the fixture bank's one training module and so completed the training.
    static func trained(_ profile: String) throws -> ProgressFile {
        var progress = learner(profile)
        let bank = try BankLoader.load(directory: AppUnderTest.fixtureBank)
        let result = ModuleResult(
            moduleID: "training.e2e-basics", title: "The end-to-end module", correct: 2, total: 2, passMark: bank.trainingPassMark,
            testedOut: false, startedAt: moment.addingTimeInterval(7000), finishedAt: moment.addingTimeInterval(7200), session: "train-1",
            bankFingerprint: BankFingerprint.of(bank), questionIds: ["e2e.single", "e2e.owner"]
        )
        progress.apply(.moduleResult(result))
        let record = try XCTUnwrap(CompletionRecord(
            profile: profile, modules: bank.trainingModules, results: [result], passMark: bank.trainingPassMark,
            bankFingerprint: BankFingerprint.of(bank), completedAt: moment.addingTimeInterval(7200)
        ))
        progress.apply(.completion(record))
        return progress
    }

    func testTheLearnersReportInTextJSONAndCSV() throws {
        let app = try AppUnderTest()
        try ProgressStore(fileURL: app.progressFile).save(try Self.trained("e2e"))

        let text = try Command.run("env", ["LC_ALL=C.UTF-8", AppUnderTest.binary.path, "report"] + app.options())
        XCTAssertEqual(text.status, 0, text.stderr)
        for expected in [
            "Answered 6, correct 4, accuracy 67%", "Infrastructure services         3        1       33%",
            "Trend: accuracy in 2 sessions, oldest first  █▃", "Completed 2027-01-15 10:00 at a pass mark of 50%",
            "1 of 1 modules passed.", "Exams: none taken yet.",
        ] {
            XCTAssertTrue(text.stdout.contains(expected), "\(expected) not in:\n\(text.stdout)")
        }
        let laidOut = text.stdout.split(separator: "\n").filter { !$0.hasPrefix("Progress file ") }
        XCTAssertTrue(laidOut.allSatisfy { $0.count <= 80 }, text.stdout)

        let ascii = try Command.run("env", ["LC_ALL=C", "LANG=C", AppUnderTest.binary.path, "report"] + app.options())
        XCTAssertEqual(ascii.status, 0, ascii.stderr)
        XCTAssertTrue(ascii.stdout.contains("Trend: accuracy in 2 sessions, oldest first  #-\n"), ascii.stdout)

        let json = try app.run(["report", "--format", "json"] + app.options())
        XCTAssertEqual(json.status, 0, json.stderr)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["answered"] as? Int, 6)
        let training = try XCTUnwrap(object["training"] as? [String: Any])
        XCTAssertEqual(training["completedAt"] as? String, "2027-01-15T10:00:00.000Z")
        XCTAssertTrue((object["exams"] as? [String: Any])?["best"] is NSNull)

        let csv = try app.run(["report", "--format", "csv"] + app.options())
        XCTAssertEqual(csv.status, 0, csv.stderr)
        let rows = csv.stdout.components(separatedBy: "\r\n")
        XCTAssertEqual(rows.count, 8, csv.stdout)
        XCTAssertEqual(rows[0], "answeredAt,profile,session,mode,questionId,topic,serviceModel,correct,seconds,confidence,chosen,credit")
        XCTAssertEqual(rows[4], "2027-01-15T09:00:00.000Z,e2e,s2,practice,e2e.owner,services,infrastructure,true,3.0,,0,1")
    }

    /// Three learners, then a truncated file, a foreign JSON file, a saved exam and a file of a newer schema.
    func makeTeamDirectory(in app: AppUnderTest) throws -> (directory: URL, bad: [String: String]) {
        let directory = app.dataDirectory.appendingPathComponent("collected")
        try ProgressStore(fileURL: directory.appendingPathComponent("ada.json")).save(try Self.trained("ada"))
        try ProgressStore(fileURL: directory.appendingPathComponent("bob.json")).save(Self.learner("bob"))
        try ProgressStore(fileURL: directory.appendingPathComponent("cy.json")).save(ProgressFile(profile: "cy", createdAt: Self.moment))
        let whole = try Data(contentsOf: directory.appendingPathComponent("bob.json"))
        let bad = [
            "ben.json": "progress file is damaged (not complete JSON, perhaps cut short)",
            "package.json": #"not an srm-quiz progress file (it has no "format": "srm-quiz-progress" field)"#,
            "ada.exam.json": "a saved exam in progress, not a progress file",
            "zoe.json": "progress file has schemaVersion 3, written by a newer srm-quiz (this one reads up to 2)",
        ]
        try whole.prefix(whole.count / 2).write(to: directory.appendingPathComponent("ben.json"))
        try Data(#"{"name": "not-ours", "version": "1.0.0"}"#.utf8).write(to: directory.appendingPathComponent("package.json"))
        try Data(#"{"profile": "ada", "startedAt": "2027-01-15T08:00:00.000Z"}"#.utf8).write(to: directory.appendingPathComponent("ada.exam.json"))
        let newer = String(decoding: whole, as: UTF8.self).replacingOccurrences(of: #""schemaVersion" : 2"#, with: #""schemaVersion" : 3"#)
        try Data(newer.utf8).write(to: directory.appendingPathComponent("zoe.json"))
        return (directory, bad)
    }

    func testTheTeamReportListsEveryGoodLearnerAndNamesEachBadFile() throws {
        let app = try AppUnderTest()
        let (directory, bad) = try makeTeamDirectory(in: app)

        let result = try app.run(["report", "--team", directory.path, "--bank", AppUnderTest.fixtureBank.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(Array(lines.prefix(4)), [
            "Learner  Trained  Completed   Score  Best exam  Answers  Right  Weakest topic",
            "ada      yes      2027-01-15   100%  -                6    67%  Services",
            "bob      no       -             0/1  -                6    67%  Services",
            "cy       no       -             0/1  -                0      -  -",
        ], result.stdout)
        XCTAssertTrue(result.stdout.contains("3 learners in \(directory.path); 4 files skipped."), result.stdout)
        let expectedErrors = bad.keys.sorted().map { "srm-quiz: \(directory.appendingPathComponent($0).path): \(bad[$0]!) (skipped)" }
        XCTAssertEqual(result.stderr.split(separator: "\n").map(String.init), expectedErrors)

        let csv = try app.run(["report", "--team", directory.path, "--format", "csv", "--bank", AppUnderTest.fixtureBank.path])
        XCTAssertEqual(csv.status, 0, csv.stderr)
        let rows = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertEqual(rows.map { $0.prefix { $0 != "," } }, ["profile", "ada", "bob", "cy"])
        XCTAssertTrue(rows[1].hasPrefix("ada,\(directory.path)/ada.json,true,2027-01-15T10:00:00.000Z,1.0,1,1,,,6,4,"), rows[1])
    }

    func testADirectoryOfOnlyBadFilesExits65() throws {
        let app = try AppUnderTest()
        let directory = app.dataDirectory.appendingPathComponent("bad")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data("{".utf8).write(to: directory.appendingPathComponent("cut.json"))
        try Data("[]".utf8).write(to: directory.appendingPathComponent("list.json"))

        let result = try app.run(["report", "--team", directory.path, "--bank", AppUnderTest.fixtureBank.path])
        XCTAssertEqual(result.status, 65)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.contains("srm-quiz: \(directory.path)/cut.json: progress file is damaged"), result.stderr)
        XCTAssertTrue(result.stderr.contains("srm-quiz: \(directory.path)/list.json: not an srm-quiz progress file"), result.stderr)
        XCTAssertTrue(result.stderr.contains("srm-quiz: \(directory.path): no learner could be read: every file was skipped"), result.stderr)
    }

    func testAMissingOrEmptyDirectoryExits74() throws {
        let app = try AppUnderTest()
        let missing = app.dataDirectory.appendingPathComponent("nowhere")
        let result = try app.run(["report", "--team", missing.path, "--bank", AppUnderTest.fixtureBank.path])
        XCTAssertEqual(result.status, 74)
        XCTAssertEqual(result.stderr, "srm-quiz: \(missing.path): no such directory\n")

        let empty = try app.run(["report", "--team", app.dataDirectory.path, "--bank", AppUnderTest.fixtureBank.path])
        XCTAssertEqual(empty.status, 74)
        XCTAssertTrue(empty.stderr.contains("no progress files (*.json) in it or in its profiles/ folder"), empty.stderr)
    }
}
