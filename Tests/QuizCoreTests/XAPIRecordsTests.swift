import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// Statements read back from a learning record store (`XAPIRecords`): the team report from the statements of
/// generated learners is the report from their files, whatever order the store returns them in, with statements
/// sent twice and other tools' statements among them.
@Suite struct XAPIRecordsTests {
    static let bundled = Result { () throws(BankError) in try BankLoader.load(directory: Fixtures.bundledBankURL) }

    /// A deterministic generator (SplitMix64), so a failure can be replayed.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// A whole millisecond after the start, as every date a progress file holds.
    static func at(_ milliseconds: Int) -> Date {
        ISODate.date(ISODate.text(Date(timeIntervalSince1970: 1_780_000_000 + Double(milliseconds) / 1000)))!
    }

    /// A learner with answers in every mode (drill cells half right, assessments with confidence, one question the
    /// bank no longer has), exams, module attempts passed and failed on two banks, and completions with and
    /// without a policy; `index` varies how far each got.
    static func learner(_ index: Int, bank: Bank, random: inout SeededGenerator) -> ProgressFile {
        let profile = "learner-\(String(format: "%02d", index))"
        var progress = ProgressFile(profile: profile, createdAt: at(0))
        let questions = bank.questions + bank.scenarios.flatMap { $0.steps.map(\.question) }
        var clock = index * 10
        for number in 0..<(20 + index * 7) {
            let question = questions.randomElement(using: &random)!
            let mode = StudyMode.allCases.randomElement(using: &random)!
            let right = Bool.random(using: &random)
            let chosen = right ? question.correctIndices.sorted() : [question.choices.indices.first { !question.correctIndices.contains($0) }!]
            let half = mode == .drill && !right && Bool.random(using: &random)
            clock += Int.random(in: 1...90_000, using: &random)
            progress.record(AnswerRecord(
                questionId: number == 3 ? "retired.question-gone" : question.id, topic: question.topic, chosen: chosen, correct: right,
                seconds: Double(Int.random(in: 500...60_000, using: &random)) / 1000, answeredAt: at(clock),
                session: "\(mode.rawValue)-\(number / 5)", mode: mode.rawValue,
                confidence: mode == .assess ? Confidence.allCases.randomElement(using: &random) : nil, credit: half ? 0.5 : nil
            ))
        }
        for exam in 0..<(index % 3) {
            clock += 3_600_000
            let correct = Int.random(in: 0...65, using: &random)
            let estimate = 100 + (900 * correct + 32) / 65
            progress.exams.append(ExamRecord(
                id: "exam-\(profile)-\(exam)", startedAt: at(clock - 5_000_000), finishedAt: at(clock), questions: 65, correct: correct,
                scaledEstimate: estimate, passed: estimate >= 700, topics: [], secondsUsed: 5000, howEnded: exam == 0 ? .submitted : .timeExpired
            ))
        }
        let fingerprint = index % 4 == 3 ? String(repeating: "0", count: 64) : BankFingerprint.of(bank)
        let modules = bank.trainingModules.prefix(index % 5 == 4 ? 1 : bank.trainingModules.count)
        for (position, module) in modules.enumerated() where index % 6 != 0 {
            for attempt in 0..<(1 + (index + position) % 2) {
                clock += 600_000
                let total = module.questions.count
                progress.trainingResults.append(ModuleResult(
                    moduleID: module.id, title: module.title, correct: attempt == 0 && position == 1 ? total / 2 : total - (attempt + index) % 2,
                    total: total, passMark: PassMark(percent: index % 2 == 0 ? 80 : 70)!, testedOut: (index + position) % 3 == 0,
                    startedAt: at(clock - 300_000), finishedAt: at(clock), session: "train-\(position)-\(attempt)", bankFingerprint: fingerprint,
                    questionIds: module.questions.map(\.id)
                ))
            }
        }
        if var record = CompletionRecord(
            profile: profile, modules: bank.trainingModules, results: progress.trainingResults,
            passMark: PassMark(percent: index % 2 == 0 ? 80 : 70)!, bankFingerprint: fingerprint, completedAt: at(clock + 1)
        ) {
            if index % 3 != 0 { (record.policyId, record.policyVersion) = ("acme", index % 3) }
            progress.completions.append(record)
        }
        return progress
    }

    /// Every learner's statements in one list, as a store would hold them: some as an `mbox` actor, shuffled.
    static func statements(_ learners: [ProgressFile], bank: Bank, random: inout SeededGenerator) -> [XAPIStatement] {
        learners.enumerated().flatMap { index, progress in
            let actor: XAPIActor = index % 4 == 1 ? .mbox("mailto:\(progress.profile)@example.com") : .profileAccount(progress.profile)
            return XAPIExport(actor: actor).statements(progress, bank: bank)
        }.shuffled(using: &random)
    }

    static func body(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(value)
    }

    /// A report's JSON without where each row was read (the file, the directory), which differ by design.
    static func figures(_ json: String) throws -> NSObject {
        func strip(_ value: Any) -> Any {
            if let object = value as? [String: Any] {
                return object.filter { $0.key != "file" && $0.key != "directory" }.mapValues(strip)
            }
            if let list = value as? [Any] { return list.map(strip) }
            return value
        }
        return strip(try JSONSerialization.jsonObject(with: Data(json.utf8))) as! NSObject
    }

    @Test func theTeamReportFromStatementsIsTheReportFromFiles() throws {
        let bank = try Self.bundled.get()
        var random = SeededGenerator(state: 14)
        let learners = (0..<14).map { Self.learner($0, bank: bank, random: &random) }
        let team = try Fixtures.temporaryDirectory()
        for progress in learners {
            try ProgressStore(fileURL: team.appendingPathComponent("\(progress.profile).json")).save(progress)
        }
        let files = try TeamDirectory.read(team)
        #expect(files.learners.count == learners.count && files.skipped.isEmpty)

        var statements = Self.statements(learners, bank: bank, random: &random)
        let foreign = Data(#"[{"id":"0b1f6f1e-2a9c-4a8f-9d7e-3c1a2b4c5d6e","actor":{"mbox":"mailto:x@example.com"},"verb":{"id":"http://adlnet.gov/expapi/verbs/answered"},"object":{"id":"https://other.example.com/quiz/1"}}]"#.utf8)
        let resent = Array(statements.prefix(25))
        let half = statements.count / 2
        let firstPage = Array(statements[..<half]) + resent
        statements = Array(statements[half...])
        var records = XAPIRecords()
        var bodies = try [Self.body(firstPage)]
        let link = "/xAPI/statements?more=2"
        bodies.append(try Data(#"{"more":"\#(link)","statements":"#.utf8) + Self.body(statements) + Data("}".utf8))
        #expect(try records.add(bodies[0]) == nil)
        #expect(try records.add(bodies[1]) == link)
        #expect(try records.add(foreign) == nil)
        #expect(records.repeated == resent.count)
        #expect(records.foreign == 1)
        #expect(records.unreadable.isEmpty, "\(records.unreadable)")
        let source = "https://lrs.example.com/xAPI"
        let fromStatements = records.contents(source: source)
        #expect(fromStatements.learners.map(\.progress.profile) == files.learners.map(\.progress.profile))

        let plain = (TeamReport(files, bank: bank), TeamReport(fromStatements, bank: bank))
        #expect(try Self.figures(plain.0.json()) == Self.figures(plain.1.json()))
        #expect(plain.1.directory == source)
        #expect(plain.0.text(unicode: true).replacingOccurrences(of: team.path, with: "SOURCE")
            == plain.1.text(unicode: true).replacingOccurrences(of: source, with: "SOURCE"))

        let policy = Policy(
            id: "acme", version: 2, minimumPassMark: PassMark(percent: 75)!, requiredModules: bank.trainingModules.map(\.id), namesModules: false,
            acceptedBankFingerprints: [BankFingerprint.of(bank)], dueDate: PolicyDay("2026-07-01")!, validForMonths: 12, file: "/p.json"
        )
        let roster = try Roster.read(Data("login,name\nlearner-01,One\nlearner-02,Two\nlearner-05,Five\nnobody,No One\n".utf8), path: "/people.csv")
        let now = Self.at(400_000_000)
        for (policy, roster) in [(policy, roster), (nil, roster), (policy, nil)] as [(Policy?, Roster?)] {
            let judged = (
                TeamStanding(files, bank: bank, policy: policy, roster: roster, now: now),
                TeamStanding(fromStatements, bank: bank, policy: policy, roster: roster, now: now)
            )
            #expect(try Self.figures(judged.0.json()) == Self.figures(judged.1.json()))
            let statuses = Set(judged.1.people.map(\.status) + judged.1.notOnRoster.map(\.status))
            #expect(statuses.count >= 3, "the learners stand in different places: \(statuses)")
        }
    }

    /// Two pages of GET /xAPI/statements?limit=20 from a Ralph 5.1 LRS (file-system backend) that had been sent the
    /// export of `Fixtures/progress/export-fixture.json`: with the store's `stored` and `authority` added.
    @Test func pagesARealStoreGaveBackMakeTheReportOfTheFile() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        let file = folder.appendingPathComponent("progress/export-fixture.json")
        var records = XAPIRecords()
        let more = try records.add(Data(contentsOf: folder.appendingPathComponent("xapi/ralph-page-1.json")))
        #expect(more?.hasPrefix("/xAPI/statements?limit=20&") == true)
        #expect(try records.add(Data(contentsOf: folder.appendingPathComponent("xapi/ralph-page-2.json"))) == nil)
        #expect(records.foreign == 0 && records.repeated == 0 && records.unreadable.isEmpty)

        let bank = try Self.bundled.get()
        let progress = try #require(try ProgressStore(fileURL: file).load())
        let fromFile = TeamDirectory.Contents(directory: folder, learners: [TeamDirectory.Learner(file: file.path, progress: progress)], skipped: [])
        let fromStore = records.contents(source: "http://127.0.0.1:8139/xAPI")
        #expect(try Self.figures(TeamReport(fromFile, bank: bank).json()) == Self.figures(TeamReport(fromStore, bank: bank).json()))
        let read = try #require(records.progress(of: progress.profile))
        #expect(read.totals == progress.totals && read.completions == progress.completions)
        #expect(read.exams.map(\.scaledEstimate) == progress.exams.map(\.scaledEstimate))
    }

    @Test func whatTheReportReadsComesBackAsRecorded() throws {
        let bank = try Self.bundled.get()
        var random = SeededGenerator(state: 7)
        let original = Self.learner(5, bank: bank, random: &random)
        var records = XAPIRecords()
        try records.add(Self.body(XAPIExport(actor: .mbox("mailto:someone@example.com")).statements(original, bank: bank)))
        #expect(records.learners(source: "lrs").map(\.progress.profile) == [original.profile], "the profile travels in an extension, whatever the actor")
        let read = try #require(records.progress(of: original.profile))
        #expect(read.totals == original.totals)
        #expect(read.completions == original.completions)
        #expect(read.answers.map(\.confidence) == original.answers.map(\.confidence))
        let known = zip(read.answers, original.answers).filter { $0.1.questionId != "retired.question-gone" }
        #expect(known.allSatisfy { $0.0.chosen == $0.1.chosen && $0.0.session == $0.1.session && $0.0.mode == $0.1.mode })
        #expect(zip(read.answers, original.answers).allSatisfy { abs($0.seconds - $1.seconds) <= 0.005 + 1e-9 }, "to the hundredth")
        #expect(read.exams.map(\.scaledEstimate) == original.exams.map(\.scaledEstimate))
        #expect(read.exams.map(\.howEnded) == original.exams.map(\.howEnded))
        #expect(read.trainingResults.map(\.passMark) == original.trainingResults.map(\.passMark))
        #expect(read.trainingResults.map(\.testedOut) == original.trainingResults.map(\.testedOut))
        #expect(read.trainingResults.map(\.bankFingerprint) == original.trainingResults.map(\.bankFingerprint))
        #expect(read.trainingResults.map(\.startedAt) == original.trainingResults.map(\.startedAt))
    }

    @Test func anotherBaseIsAnotherToolsAndBrokenStatementsAreNamed() throws {
        let bank = try Self.bundled.get()
        var random = SeededGenerator(state: 3)
        let progress = Self.learner(2, bank: bank, random: &random)
        let other = try ActivityBase(parsing: "https://lms.example.com/srm/")
        var records = XAPIRecords(activityBase: other)
        let statements = XAPIExport(actor: .profileAccount("ada")).statements(progress, bank: bank)
        try records.add(Self.body(statements))
        #expect(records.foreign == statements.count && records.learners(source: "x").isEmpty)

        var broken = XAPIExport(actor: .profileAccount("ada"), activityBase: other).statements(progress, bank: bank)
        broken[0].context?.extensions = nil
        broken[0].actor = XAPIStatement.Agent(.mbox("mailto:ada@example.com"))
        broken[1].timestamp = "yesterday"
        try records.add(Self.body(broken))
        #expect(records.unreadable.map(\.id) == [broken[0].id, broken[1].id])
        #expect(records.unreadable[1].problem == "timestamp is not an ISO 8601 date")
        let skipped = records.contents(source: "/tmp/saved.json").skipped
        #expect(skipped.first?.file == "/tmp/saved.json statement \(broken[0].id)")

        #expect(throws: XAPIRecords.Failure.self) { try records.add(Data(#"{"statements": 3}"#.utf8)) }
        #expect(throws: XAPIRecords.Failure.self) { try records.add(Data("[{".utf8)) }
    }

    @Test(arguments: [
        ("2026-11-22T09:05:12.345Z", "2026-11-22T09:05:12.345Z"), ("2026-11-22T09:05:12.345000+00:00", "2026-11-22T09:05:12.345Z"),
        ("2026-11-22T10:05:12.345+01:00", "2026-11-22T09:05:12.345Z"), ("2026-11-22T09:05:12Z", "2026-11-22T09:05:12.000Z"),
    ])
    func datesAsAStoreGivesThemBack(text: String, expected: String) throws {
        #expect(XAPIRecords.date(text).map(ISODate.text) == expected)
    }

    @Test func durationsAndResponsesReadBack() {
        #expect(XAPIRecords.seconds("PT12.35S") == 12.35)
        #expect(XAPIRecords.seconds("PT1H2M3.5S") == 3723.5)
        #expect(XAPIRecords.seconds("P1D") == nil)
        #expect(XAPIRecords.chosen("a[,]c") == [0, 2])
        #expect(XAPIRecords.chosen("ec2.guest-os-patching[.]customer") == [1])
        #expect(XAPIRecords.chosen("zz") == [])
        #expect(XAPIRecords.chosen(nil) == [])
    }
}
