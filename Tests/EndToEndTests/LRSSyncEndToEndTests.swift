import Foundation
import QuizCore
import XCTest

/// `srm-quiz sync` against a real Ralph LRS on 127.0.0.1: every record reaches the LRS exactly once (counted by
/// statement id through GET /statements), whatever the LRS or a kill does in between.
final class LRSSyncEndToEndTests: XCTestCase {
    static let homePage = "https://people.example.com"
    /// The learner as the statements name them (the policy's account actor and the profile `e2e`).
    static let agent = #"{"objectType":"Agent","account":{"homePage":"https://people.example.com","name":"e2e"}}"#

    /// A policy naming `endpoint` with the secret in a 0600 file (the right one unless `secret` is given).
    static func writePolicy(in app: AppUnderTest, endpoint: String, secret: String = RalphLRS.password) throws -> URL {
        let secretFile = app.dataDirectory.appendingPathComponent("lrs-secret")
        try? FileManager.default.removeItem(at: secretFile)
        try Data("\(secret)\n".utf8).write(to: secretFile)
        chmod(secretFile.path, 0o600)
        let file = app.dataDirectory.appendingPathComponent("policy.json")
        let text = """
            {
              "format": "srm-quiz-policy", "schemaVersion": 1, "id": "acme-2026", "version": 3, "minimumPassMark": 80,
              "dueDate": "2099-12-31",
              "lrs": {"endpoint": "\(endpoint)", "key": "\(RalphLRS.user)", "secretFile": "lrs-secret",
                      "actor": "account", "homePage": "\(Self.homePage)"}
            }
            """
        try Data(text.utf8).write(to: file)
        return file
    }

    /// Answers `count` questions of the bundled bank in plain mode (a number, or two where one is not enough).
    @discardableResult
    func answer(_ count: Int, app: AppUnderTest, policy: URL?, seed: Int, bank: URL? = nil) throws -> Int {
        let before = try app.progress()?.answers.count ?? 0
        var arguments = ["practice", "--plain", "--seed", "\(seed)", "--count", "\(count)", "--data-dir", app.dataDirectory.path, "--profile", app.profile]
        if let policy { arguments += ["--policy", policy.path] }
        if let bank { arguments += ["--bank", bank.path] }
        let input = String(repeating: "1\n1 2\n", count: count * 3)
        let result = try app.run(arguments, input: input)
        XCTAssertEqual(result.status, 0, result.stderr)
        let after = try app.progress()?.answers.count ?? 0
        XCTAssertEqual(after - before, count, "plain mode answered \(after - before) of \(count): \(result.stdout.suffix(600))")
        return after
    }

    func sync(_ app: AppUnderTest, policy: URL, _ extra: [String] = []) throws -> Command.Result {
        try app.run(["sync", "--policy", policy.path, "--data-dir", app.dataDirectory.path, "--profile", app.profile] + extra + app.bankArguments)
    }

    /// The ids the export gives for the profile's whole history (what the LRS must hold, each once).
    func expectedIDs(_ app: AppUnderTest) throws -> Set<String> {
        let result = try app.run(["export", "--format", "xapi-lines", "--actor", "account:\(Self.homePage)|e2e", "--data-dir", app.dataDirectory.path, "--profile", app.profile])
        XCTAssertEqual(result.status, 0, result.stderr)
        return Set(try result.stdout.split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return try XCTUnwrap(object?["id"] as? String)
        })
    }

    /// Every statement of the history is in the LRS exactly once, and nothing else about the learner is.
    func assertEveryRecordOnce(_ app: AppUnderTest, _ lrs: RalphLRS, file: StaticString = #filePath, line: UInt = #line) throws {
        let expected = try expectedIDs(app)
        let held = try lrs.counts(agent: Self.agent)
        XCTAssertEqual(Set(held.keys), expected, "the LRS holds other statements than the history's", file: file, line: line)
        XCTAssertEqual(held.values.filter { $0 != 1 }.count, 0, "statements stored more than once: \(held.filter { $0.value != 1 })", file: file, line: line)
    }

    func testTheFirstSyncSendsTheWholeHistoryAndTheNextOnlyWhatIsNew() throws {
        let app = try AppUnderTest()
        let lrs = try RalphLRS()
        try lrs.start()
        try answer(3, app: app, policy: nil, seed: 1)
        let policy = try Self.writePolicy(in: app, endpoint: lrs.endpoint)
        try answer(2, app: app, policy: policy, seed: 2)
        let status = try sync(app, policy: policy, ["--status"])
        XCTAssertEqual(status.status, 0, status.stderr)
        XCTAssertTrue(status.stdout.contains("Queued: 5 (3 of them from earlier records"), status.stdout)

        let dry = try sync(app, policy: policy, ["--dry-run"])
        XCTAssertEqual(dry.status, 0, dry.stderr)
        XCTAssertTrue(dry.stdout.hasPrefix("Would send 5 statements to \(lrs.endpoint)"), dry.stdout)
        XCTAssertEqual(try lrs.counts(agent: Self.agent).count, 0, "a dry run sends nothing")

        let first = try sync(app, policy: policy)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("Sent 5 statements to \(lrs.endpoint); none left queued."), first.stdout)
        try assertEveryRecordOnce(app, lrs)

        try answer(3, app: app, policy: policy, seed: 3)
        let second = try sync(app, policy: policy)
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertTrue(second.stdout.contains("Sent 3 statements"), second.stdout)
        try assertEveryRecordOnce(app, lrs)
        let after = try sync(app, policy: policy, ["--status"])
        XCTAssertTrue(after.stdout.contains("Queued: 0\nSent: 8 (last sent "), after.stdout)
        XCTAssertTrue(after.stdout.contains("Set aside: 0"), after.stdout)
        XCTAssertFalse(after.stdout.contains(RalphLRS.password) || first.stdout.contains(RalphLRS.password) || first.stderr.contains(RalphLRS.password))
    }

    /// A question reworded between syncs: the statements already queued keep their words, new answers carry the
    /// new ones under new ids, and nothing is refused.
    func testASyncAfterAQuestionWasRewordedLosesNothing() throws {
        let app = try AppUnderTest()
        let lrs = try RalphLRS()
        try lrs.start()
        let bank = app.dataDirectory.appendingPathComponent("bank")
        try FileManager.default.copyItem(at: try AppUnderTest.bundledBank(), to: bank)
        let policy = try Self.writePolicy(in: app, endpoint: lrs.endpoint)
        try answer(4, app: app, policy: policy, seed: 5, bank: bank)
        XCTAssertEqual(try sync(app, policy: policy, ["--bank", bank.path]).status, 0)
        try answer(4, app: app, policy: policy, seed: 5, bank: bank)
        let questions = bank.appendingPathComponent("questions")
        for file in try FileManager.default.contentsOfDirectory(atPath: questions.path) where file.hasSuffix(".json") {
            let url = questions.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            try text.replacingOccurrences(of: "\"prompt\": \"", with: "\"prompt\": \"(Reworded) ").write(to: url, atomically: true, encoding: .utf8)
        }
        try answer(4, app: app, policy: policy, seed: 5, bank: bank)
        let result = try sync(app, policy: policy, ["--bank", bank.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Sent 8 statements"), result.stdout)
        XCTAssertFalse(result.stdout.contains("set aside"), result.stdout)
        XCTAssertEqual(try lrs.counts(agent: Self.agent).count, 12)
    }

    /// A statement the LRS already holds with another body (sent by another tool): the batch is refused with 409,
    /// sent again one by one, and only that statement is set aside, with the LRS's reason.
    func testAStatementTheLRSHoldsDifferentlyIsSetAsideAndTheRestSent() throws {
        let app = try AppUnderTest()
        let lrs = try RalphLRS()
        try lrs.start()
        let policy = try Self.writePolicy(in: app, endpoint: lrs.endpoint)
        try answer(4, app: app, policy: policy, seed: 7)
        let dry = try sync(app, policy: policy, ["--dry-run"])
        let lines = dry.stdout.split(separator: "\n").dropFirst()
        var taken = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(try XCTUnwrap(lines.first).utf8)) as? [String: Any])
        taken["timestamp"] = "2020-01-01T00:00:00.000Z"
        let body = String(decoding: try JSONSerialization.data(withJSONObject: taken), as: UTF8.self)
        XCTAssertTrue([200, 204].contains(try lrs.post(body)))
        let result = try sync(app, policy: policy)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Sent 3 statements"), result.stdout)
        XCTAssertTrue(result.stdout.contains("1 set aside"), result.stdout)
        let status = try sync(app, policy: policy, ["--status"])
        XCTAssertTrue(status.stdout.contains("Set aside: 1"), status.stdout)
        XCTAssertTrue(status.stdout.contains("\(taken["id"] as? String ?? "?"): 409"), status.stdout)
        let again = try sync(app, policy: policy)
        XCTAssertTrue(again.stdout.contains("Sent 0 statements"), again.stdout)
    }

    func testAnLRSDownAtStartKeepsTheQueueUntilItIsBack() throws {
        let app = try AppUnderTest()
        let lrs = try RalphLRS()
        let policy = try Self.writePolicy(in: app, endpoint: lrs.endpoint)
        try answer(3, app: app, policy: policy, seed: 11)
        let down = try sync(app, policy: policy, ["--timeout", "2"])
        XCTAssertEqual(down.status, 69, down.stdout + down.stderr)
        XCTAssertTrue(down.stderr.contains("the LRS at \(lrs.endpoint) could not be reached: connection refused"), down.stderr)
        XCTAssertTrue(down.stderr.contains("3 statements stay queued"), down.stderr)
        XCTAssertTrue(try sync(app, policy: policy, ["--status"]).stdout.contains("Queued: 3\n"))
        try lrs.start()
        let up = try sync(app, policy: policy)
        XCTAssertEqual(up.status, 0, up.stderr)
        try assertEveryRecordOnce(app, lrs)
    }

    func testWrongCredentialsExit77AndKeepTheQueue() throws {
        let app = try AppUnderTest()
        let lrs = try RalphLRS()
        try lrs.start()
        let policy = try Self.writePolicy(in: app, endpoint: lrs.endpoint, secret: "not-the-password")
        try answer(2, app: app, policy: policy, seed: 12)
        let denied = try sync(app, policy: policy)
        XCTAssertEqual(denied.status, 77, denied.stdout + denied.stderr)
        XCTAssertTrue(denied.stderr.contains("the LRS at \(lrs.endpoint) refused the credentials (401"), denied.stderr)
        XCTAssertTrue(denied.stderr.contains("check the key and secret"), denied.stderr)
        XCTAssertFalse(denied.stderr.contains("not-the-password"))
        XCTAssertTrue(try sync(app, policy: policy, ["--status"]).stdout.contains("Queued: 2\n"))
        _ = try Self.writePolicy(in: app, endpoint: lrs.endpoint)
        XCTAssertEqual(try sync(app, policy: policy).status, 0)
        try assertEveryRecordOnce(app, lrs)
    }

    func testWithoutAnLRSSyncSaysWhatIsMissing() throws {
        let app = try AppUnderTest()
        let none = try app.run(["sync"] + app.options())
        XCTAssertEqual(none.status, 64, none.stderr)
        XCTAssertTrue(none.stderr.contains("no LRS to send to: no policy is in force"), none.stderr)
        let policy = app.dataDirectory.appendingPathComponent("plain-policy.json")
        try Data(#"{"format": "srm-quiz-policy", "schemaVersion": 1, "id": "acme", "version": 1, "minimumPassMark": 80, "dueDate": "2099-12-31"}"#.utf8)
            .write(to: policy)
        let without = try app.run(["sync", "--policy", policy.path] + app.options())
        XCTAssertEqual(without.status, 64, without.stderr)
        XCTAssertTrue(without.stderr.contains("the policy \(policy.path) has no lrs section"), without.stderr)
    }

    func testALooseSecretFileIsRefusedNamingIt() throws {
        let app = try AppUnderTest()
        let policy = try Self.writePolicy(in: app, endpoint: "http://127.0.0.1:9/xAPI")
        chmod(app.dataDirectory.appendingPathComponent("lrs-secret").path, 0o644)
        try answer(1, app: app, policy: policy, seed: 13)
        let result = try sync(app, policy: policy)
        XCTAssertEqual(result.status, 74, result.stderr)
        XCTAssertTrue(result.stderr.contains("lrs-secret has mode 644"), result.stderr)
    }

    /// A server that accepts connections and never answers: the sync gives up after its tries, within bounded time.
    func testASlowServerTimesOutCleanly() throws {
        let app = try AppUnderTest()
        let silent = try SilentServer(log: app.dataDirectory.appendingPathComponent("silent.log").path)
        defer { withExtendedLifetime(silent) {} }
        let policy = try Self.writePolicy(in: app, endpoint: silent.endpoint)
        try answer(2, app: app, policy: policy, seed: 14)
        let started = Date()
        let result = try sync(app, policy: policy, ["--timeout", "2"])
        XCTAssertEqual(result.status, 69, result.stdout + result.stderr)
        XCTAssertTrue(result.stderr.contains("timeout"), result.stderr)
        XCTAssertLessThan(Date().timeIntervalSince(started), 30, "three tries of 2 s and the pauses between")
        XCTAssertTrue(try sync(app, policy: policy, ["--status"]).stdout.contains("Queued: 2\n"))
    }

    /// A long history (from before the LRS), the LRS killed with SIGKILL while the sync sends it, then back.
    func testTheLRSKilledMidBatchLosesNothing() throws {
        let app = try AppUnderTest()
        try app.writeHistory(answers: 3_000)
        let lrs = try RalphLRS()
        try lrs.start()
        let policy = try Self.writePolicy(in: app, endpoint: lrs.endpoint)
        let log = app.dataDirectory.appendingPathComponent("sync.log").path
        let syncing = try Spawned.start(AppUnderTest.binary.path, ["sync", "--timeout", "3", "--policy", policy.path, "--data-dir", app.dataDirectory.path, "--profile", app.profile], log: log)
        usleep(1_500_000)
        lrs.stop(kill: true)
        var status: Int32 = 0
        waitpid(syncing, &status, 0)
        let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        XCTAssertTrue(output.contains("statements stay queued") || output.contains("none left queued"), output)
        try lrs.start()
        let again = try sync(app, policy: policy)
        XCTAssertEqual(again.status, 0, again.stderr)
        try assertEveryRecordOnce(app, lrs)
        XCTAssertEqual(try lrs.counts(agent: Self.agent).count, 3_000)
    }

    /// srm-quiz killed with SIGKILL at random moments while it syncs (small batches, so that many kills land between
    /// a POST and its line in the sent ledger), new answers given between some of the kills: at the end every record
    /// is in the LRS exactly once (SRM_QUIZ_KILL_LOOPS kills; 20 by default, CI runs 200).
    func testKillingSyncAtRandomMomentsNeitherLosesNorDoublesARecord() throws {
        let iterations = Int(ProcessInfo.processInfo.environment["SRM_QUIZ_KILL_LOOPS"] ?? "") ?? 20
        let app = try AppUnderTest()
        try app.writeHistory(answers: 4_000)
        let lrs = try RalphLRS()
        try lrs.start()
        let policy = try Self.writePolicy(in: app, endpoint: lrs.endpoint)
        let outbox = Outbox(progressFile: app.progressFile)
        var generator = SystemRandomNumberGenerator()
        var killedMidway = 0
        for iteration in 0..<iterations {
            if iteration % 10 == 5 { try answer(1, app: app, policy: policy, seed: 100 + iteration) }
            let before = try outbox.read().sent.count
            let ledgerSize = Self.size(outbox.sentURL)
            let log = app.dataDirectory.appendingPathComponent("sync-\(iteration).log").path
            let syncing = try Spawned.start(AppUnderTest.binary.path, [
                "sync", "--batch-size", "50", "--policy", policy.path, "--data-dir", app.dataDirectory.path, "--profile", app.profile,
            ], log: log)
            var status: Int32 = 0
            var exited = false
            if iteration % 2 == 0 {
                // Early, while the sync starts, reads or queues.
                usleep(UInt32.random(in: 0...1_500_000, using: &generator))
            } else {
                // Once the LRS has confirmed a batch, a moment later: mid-POST or between a POST and its ledger line.
                let deadline = Date().addingTimeInterval(60)
                while Date() < deadline, Self.size(outbox.sentURL) == ledgerSize, !exited {
                    exited = waitpid(syncing, &status, WNOHANG) == syncing
                    usleep(10_000)
                }
                usleep(UInt32.random(in: 0...400_000, using: &generator))
            }
            let killed = !exited && kill(syncing, SIGKILL) == 0
            if !exited { waitpid(syncing, &status, 0) }
            let reading = try outbox.read()
            if killed, reading.sent.count > before, !reading.pending.isEmpty { killedMidway += 1 }
        }
        XCTAssertGreaterThan(killedMidway, 0, "no kill landed while statements were being sent")
        let last = try sync(app, policy: policy)
        XCTAssertEqual(last.status, 0, last.stderr)
        XCTAssertTrue(last.stdout.contains("none left queued"), last.stdout)
        try assertEveryRecordOnce(app, lrs)
    }

    /// A file's length now (0 when there is none).
    static func size(_ url: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int) ?? 0
    }

    /// The issue's walk-through: a fresh LRS, 20 answers with it up, 10 with it down, then it comes back: all 30
    /// are in the LRS exactly once.
    func testTwentyAnswersUpTenDownThenBackAreAllThereOnce() throws {
        let app = try AppUnderTest()
        let lrs = try RalphLRS()
        try lrs.start()
        let policy = try Self.writePolicy(in: app, endpoint: lrs.endpoint)
        try answer(20, app: app, policy: policy, seed: 21)
        XCTAssertEqual(try sync(app, policy: policy).status, 0)
        XCTAssertEqual(try lrs.counts(agent: Self.agent).count, 20)
        lrs.stop()
        try answer(10, app: app, policy: policy, seed: 22)
        let down = try sync(app, policy: policy, ["--timeout", "2"])
        XCTAssertEqual(down.status, 69, down.stderr)
        XCTAssertTrue(try sync(app, policy: policy, ["--status"]).stdout.contains("Queued: 10\nSent: 20"))
        try lrs.start()
        XCTAssertEqual(try sync(app, policy: policy).status, 0)
        let held = try lrs.counts(agent: Self.agent)
        XCTAssertEqual(held.count, 30)
        XCTAssertEqual(held.values.filter { $0 != 1 }.count, 0)
        try assertEveryRecordOnce(app, lrs)
    }
}

extension AppUnderTest {
    /// The bundled bank's folder (the sync tests answer its questions).
    static func bundledBank() throws -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("QuestionBank")
    }

    /// No --bank: the bundled bank.
    var bankArguments: [String] { [] }

    /// A progress file of `answers` practice answers to the bundled bank's questions, one a minute, saved as the
    /// app saves one (with no outbox: a history from before the LRS).
    func writeHistory(answers count: Int) throws {
        let bank = try BankLoader.load(directory: Self.bundledBank())
        var progress = ProgressFile(profile: profile, createdAt: Date(timeIntervalSince1970: 1_780_000_000))
        for number in 0..<count {
            let question = bank.questions[number % bank.questions.count]
            progress.record(AnswerRecord(
                questionId: question.id, topic: question.topic, chosen: [0], correct: question.correctIndices.contains(0), seconds: 5,
                answeredAt: Date(timeIntervalSince1970: 1_780_000_000 + Double(number) * 60), session: "history-\(number / 20)", mode: "practice"
            ))
        }
        try ProgressStore(fileURL: progressFile).save(progress)
    }
}
