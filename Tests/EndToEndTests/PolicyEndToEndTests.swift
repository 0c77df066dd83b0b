import Foundation
import QuizCore
import XCTest

/// An organisation's policy and a trainer's team report through the real binary: the pass mark floor, a broken
/// policy stopping every command before progress is touched, and the compliance report over collected learners
/// with a roster, in each format.
final class PolicyEndToEndTests: XCTestCase {
    static let moment = Date(timeIntervalSince1970: 1_800_000_000)

    /// A policy for the fixture bank: 80% at least, its one module, due `dueDate`.
    func writePolicy(in app: AppUnderTest, name: String = "policy.json", dueDate: String = "2099-12-31", extra: String = "") throws -> URL {
        let file = app.dataDirectory.appendingPathComponent(name)
        let text = """
            {
              "format": "srm-quiz-policy",
              "schemaVersion": 1,
              "id": "acme-2026",
              "version": 3,
              "minimumPassMark": 80,
              "requiredModules": ["training.e2e-basics"],\(extra)
              "dueDate": "\(dueDate)"
            }
            """
        try Data(text.utf8).write(to: file)
        return file
    }

    /// `profile` passed the fixture bank's module and completed the training at `passMark`.
    static func trained(_ profile: String, passMark: Int) throws -> (ModuleResult, CompletionRecord) {
        let bank = try BankLoader.load(directory: AppUnderTest.fixtureBank)
        let mark = try XCTUnwrap(PassMark(percent: passMark))
        let result = ModuleResult(
            moduleID: "training.e2e-basics", title: "The end-to-end module", correct: 2, total: 2, passMark: mark, testedOut: false,
            startedAt: moment, finishedAt: moment.addingTimeInterval(300), session: "train-1", bankFingerprint: BankFingerprint.of(bank),
            questionIds: ["e2e.single", "e2e.owner"]
        )
        let record = try XCTUnwrap(CompletionRecord(
            profile: profile, modules: bank.trainingModules, results: [result], passMark: mark, bankFingerprint: result.bankFingerprint,
            completedAt: moment.addingTimeInterval(300)
        ))
        return (result, record)
    }

    func testAPolicyOfEightyPercentRefusesAPassMarkOfTen() throws {
        let app = try AppUnderTest()
        let policy = try writePolicy(in: app)

        let refused = try app.run(["train", "--pass-mark", "10", "--policy", policy.path] + app.options())
        XCTAssertEqual(refused.status, 64, refused.stderr)
        XCTAssertEqual(
            refused.stderr,
            "srm-quiz: --pass-mark 10% is below the minimum pass mark of policy acme-2026 v3, 80% (\(policy.path)); use 80% or more, or leave --pass-mark out\n"
        )

        let floor = try Command.run("env", ["SRM_QUIZ_POLICY=\(policy.path)", AppUnderTest.binary.path, "train", "--plain"] + app.options(), input: "q\n")
        XCTAssertEqual(floor.status, 0, floor.stderr)
        XCTAssertTrue(floor.stdout.contains("pass mark 80%"), "without --pass-mark, the policy's minimum is used above the bank's 50%:\n\(floor.stdout)")
    }

    func testTheHomeScreenSaysWhenThePolicyDoesNotAcceptTheBankInUse() throws {
        let app = try AppUnderTest()
        let other = String(repeating: "0", count: 64)
        let policy = try writePolicy(in: app, name: "other-bank.json", extra: #"\#n  "acceptedBankFingerprints": ["\#(other)"],"#)
        let tmux = try Tmux(command: app.paneCommand(app.options() + ["--policy", policy.path]))
        let screen = try tmux.waitFor("1. Practice")
        XCTAssertTrue(screen.contains("does not accept this question bank"), screen)
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
    }

    func testABrokenPolicyExits65NamingTheFileAndFieldAndLeavesProgressUntouched() throws {
        let app = try AppUnderTest()
        let store = ProgressStore(fileURL: app.progressFile)
        var progress = ProgressFile(profile: app.profile, createdAt: Self.moment)
        try store.save(progress)
        let (result, _) = try Self.trained(app.profile, passMark: 50)
        try store.record([.moduleResult(result)], into: &progress)
        let journal = app.progressFile.deletingPathExtension().appendingPathExtension("journal")
        let before = try [Data(contentsOf: app.progressFile), Data(contentsOf: journal)]
        let broken = try writePolicy(in: app, name: "broken.json", extra: #"\#n  "minimumPassmark": 90,"#)

        for command in [["practice", "--plain"], ["train", "--plain"], ["report"], ["home"]] {
            let run = try app.run(command + ["--policy", broken.path] + app.options(), input: "1\n")
            XCTAssertEqual(run.status, 65, "\(command): \(run.stderr)")
            XCTAssertEqual(run.stdout, "", "\(command)")
            XCTAssertTrue(
                run.stderr.contains("srm-quiz: policy file \(broken.path): minimumPassmark: unknown field (misspelt?)"), "\(command): \(run.stderr)"
            )
        }
        let fromEnvironment = try Command.run("env", ["SRM_QUIZ_POLICY=\(broken.path)", AppUnderTest.binary.path, "practice", "--plain"] + app.options(), input: "1\n")
        XCTAssertEqual(fromEnvironment.status, 65, fromEnvironment.stderr)
        XCTAssertEqual(try [Data(contentsOf: app.progressFile), Data(contentsOf: journal)], before, "the progress and its journal are untouched")
        XCTAssertFalse(FileManager.default.fileExists(atPath: app.progressFile.deletingPathExtension().appendingPathExtension("lock").path))

        let missing = app.dataDirectory.appendingPathComponent("nowhere.json")
        let unreadable = try app.run(["practice", "--plain", "--policy", missing.path] + app.options(), input: "1\n")
        XCTAssertEqual(unreadable.status, 74)
        XCTAssertEqual(unreadable.stderr, "srm-quiz: policy file \(missing.path): no such file\n")
    }

    /// Ada's whole data directory (her completion at 80% still in the journal), Bob's snapshot made with
    /// `export --format profile` (completed at 50%), and a roster naming Ada, Bob and Cy, who sent nothing.
    func makeTrainersDirectory(_ app: AppUnderTest) throws -> (team: URL, roster: URL) {
        let team = app.dataDirectory.appendingPathComponent("team")
        let adaData = team.appendingPathComponent("ada-laptop")
        let adaStore = ProgressStore(dataDirectory: adaData, profile: try ProfileName("ada"))
        var ada = ProgressFile(profile: "ada", createdAt: Self.moment)
        try adaStore.save(ada)
        let (adaResult, adaRecord) = try Self.trained("ada", passMark: 80)
        try adaStore.record([.moduleResult(adaResult), .completion(adaRecord)], into: &ada)

        let bobData = app.dataDirectory.appendingPathComponent("bob-home")
        let bobStore = ProgressStore(dataDirectory: bobData, profile: try ProfileName("bob"))
        var bob = ProgressFile(profile: "bob", createdAt: Self.moment)
        try bobStore.save(bob)
        let (bobResult, bobRecord) = try Self.trained("bob", passMark: 50)
        try bobStore.record([.moduleResult(bobResult), .completion(bobRecord)], into: &bob)
        let bobFiles = try FileManager.default.contentsOfDirectory(atPath: bobData.appendingPathComponent("profiles").path).sorted()
        let bobBefore = try Data(contentsOf: bobStore.fileURL)
        let export = try app.run([
            "export", "--format", "profile", "--output", team.appendingPathComponent("bob.json").path, "--data-dir", bobData.path,
            "--profile", "bob", "--bank", AppUnderTest.fixtureBank.path,
        ])
        XCTAssertEqual(export.status, 0, export.stderr)
        XCTAssertEqual(try Data(contentsOf: bobStore.fileURL), bobBefore, "exporting leaves the profile as it was")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: bobData.appendingPathComponent("profiles").path).sorted(), bobFiles, "and takes no lock")
        XCTAssertEqual(try ProgressStore(fileURL: team.appendingPathComponent("bob.json")).load(), bob, "the snapshot holds the journal")

        let roster = app.dataDirectory.appendingPathComponent("people.csv")
        try Data("\u{FEFF}name,login,email\r\n\"Lovelace, Ada\",ada,ada@example.com\r\nBob,bob,\r\nCy,cy,cy@example.com\r\n".utf8).write(to: roster)
        return (team, roster)
    }

    func testATrainersDirectoryJudgedAgainstThePolicyInEachFormat() throws {
        let app = try AppUnderTest()
        let (team, roster) = try makeTrainersDirectory(app)
        let policy = try writePolicy(in: app)
        let options = ["report", "--team", team.path, "--roster", roster.path, "--policy", policy.path, "--bank", AppUnderTest.fixtureBank.path]

        let text = try app.run(options)
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertEqual(text.stderr, "")
        let lines = text.stdout.components(separatedBy: "\n")
        XCTAssertEqual(Array(lines.prefix(5)), [
            "Policy acme-2026 v3: pass mark 80% or more, 1 module, due 2099-12-31.", "Completions never expire.", "  \(policy.path)",
            "Roster of 3 people:", "  \(roster.path)",
        ], text.stdout)
        XCTAssertEqual(Array(lines.dropFirst(6).prefix(4)), [
            "Learner  Status           Completed   Mark  Score  Modules  Until",
            "ada      compliant        2027-01-15   80%   100%      1/1  never",
            "bob      below-pass-mark  2027-01-15   50%   100%      1/1  2099-12-31",
            "cy       not-started      -              -      -      0/1  2099-12-31",
        ], text.stdout)
        XCTAssertTrue(text.stdout.contains("  bob: completed at a pass mark of 50%, below the policy's 80%; due 2099-12-31\n"), text.stdout)
        XCTAssertTrue(text.stdout.contains("  cy: no progress file collected; not started; due 2099-12-31\n"), text.stdout)
        XCTAssertTrue(lines.filter { !$0.contains(app.dataDirectory.path) }.allSatisfy { $0.count <= 80 }, text.stdout)

        let csv = try app.run(options + ["--format", "csv"])
        XCTAssertEqual(csv.status, 0, csv.stderr)
        let rows = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertEqual(rows.count, 4, csv.stdout)
        XCTAssertTrue(rows[0].hasPrefix("login,name,email,employeeId,team,onRoster,profile,file,status,reason,trainingCompleted,completedAt,passMarkPercent,"), rows[0])
        let adaFile = team.appendingPathComponent("ada-laptop/profiles/ada.json").path
        XCTAssertTrue(rows[1].hasPrefix("ada,\"Lovelace, Ada\",ada@example.com,,,true,ada,\(adaFile),compliant,valid; completions do not expire,true,2027-01-15T08:05:00.000Z,80,1.0,1,1,acme-2026,3,,2099-12-31,"), rows[1])
        XCTAssertTrue(rows[2].hasPrefix("bob,Bob,,,,true,bob,\(team.path)/bob.json,below-pass-mark,"), rows[2])
        XCTAssertTrue(rows[3].hasPrefix("cy,Cy,cy@example.com,,,true,,,not-started,no progress file collected; not started; due 2099-12-31,false,,,,0,1,acme-2026,3,"), rows[3])

        let json = try app.run(options + ["--format", "json"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let people = try XCTUnwrap(object["people"] as? [[String: Any]])
        XCTAssertEqual(people.map { $0["login"] as? String }, ["ada", "bob", "cy"])
        XCTAssertEqual(people.map { $0["status"] as? String }, ["compliant", "below-pass-mark", "not-started"])
        XCTAssertEqual(people.map { $0["passMarkPercent"] as? Int }, [80, 50, nil])
        XCTAssertTrue(people[2]["file"] is NSNull)
        XCTAssertEqual((object["policy"] as? [String: Any])?["id"] as? String, "acme-2026")
        XCTAssertEqual((object["notOnRoster"] as? [Any])?.count, 0)
    }

    func testARosterThatCannotBeReadOrIsNotARoster() throws {
        let app = try AppUnderTest()
        let (team, _) = try makeTrainersDirectory(app)
        let missing = app.dataDirectory.appendingPathComponent("nobody.csv")
        let base = ["report", "--team", team.path, "--bank", AppUnderTest.fixtureBank.path]
        let unreadable = try app.run(base + ["--roster", missing.path])
        XCTAssertEqual(unreadable.status, 74)
        XCTAssertEqual(unreadable.stderr, "srm-quiz: roster \(missing.path): no such file\n")

        let open = app.dataDirectory.appendingPathComponent("open.csv")
        try Data("login,name\nada,\"Ada\nbob,Bob\n".utf8).write(to: open)
        let malformed = try app.run(base + ["--roster", open.path])
        XCTAssertEqual(malformed.status, 65)
        XCTAssertEqual(malformed.stderr, "srm-quiz: roster \(open.path): line 2: a quote opened on this line is never closed\n")
    }
}
