import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// What a trainer collects (snapshots, whole data directories with their journals, plain progress files) and the
/// compliance report over it, with a policy and a roster.
@Suite struct TeamStandingTests {
    typealias F = ReportFixtures

    /// A data directory at `folder` whose profile finished training, the completion still in the journal.
    static func dataDirectoryFinishedInTheJournal(_ folder: URL, profile: String) throws {
        let store = ProgressStore(dataDirectory: folder, profile: try ProfileName(profile))
        var progress = F.progress(profile, answers: [F.answer("t.single")])
        try store.save(progress)
        var finished = progress
        F.completedTraining(&finished)
        let changes = finished.trainingResults.map { ProgressChange.moduleResult($0) } + finished.completions.map { .completion($0) }
        try store.record(changes, into: &progress)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("profiles/\(profile).journal").path))
    }

    @Test func aDataDirectoryIsReadWithItsJournal() throws {
        let team = try Fixtures.temporaryDirectory()
        try Self.dataDirectoryFinishedInTheJournal(team.appendingPathComponent("ada-data"), profile: "ada")
        let contents = try TeamDirectory.read(team)
        #expect(contents.learners.map(\.progress.profile) == ["ada"])
        #expect(contents.learners[0].progress.completions.count == 1)
        let row = TeamRow(contents.learners[0], bank: F.bank)
        #expect(row.trainingCompleted && row.modulesPassed == 2)
    }

    @Test func twoFilesOfOneLearnerAreReportedOnceFromTheNewer() throws {
        let team = try Fixtures.temporaryDirectory()
        try Self.dataDirectoryFinishedInTheJournal(team.appendingPathComponent("ada-data"), profile: "ada")
        try ProgressStore(fileURL: team.appendingPathComponent("ada.json")).save(F.progress("ada"))
        try ProgressStore(fileURL: team.appendingPathComponent("bob.json")).save(F.progress("bob"))
        let contents = try TeamDirectory.read(team)
        let newer = team.appendingPathComponent("ada-data/profiles/ada.json").path
        #expect(contents.learners.map(\.file) == [newer, team.appendingPathComponent("bob.json").path])
        #expect(contents.duplicates == [.init(profile: "ada", file: team.appendingPathComponent("ada.json").path, used: newer)])
        let report = TeamStanding(contents, bank: F.bank, policy: nil, roster: nil, now: Fixtures.at(1000))
        #expect(report.people.map(\.status) == ["completed", "not-started"])
        #expect(report.people[0].note == "also in \(team.appendingPathComponent("ada.json").path), no newer, not used")
    }

    @Test func learnersReadKeepTheirTotalsAndLatestActivityButNotTheirAnswers() throws {
        let team = try Fixtures.temporaryDirectory()
        var ada = F.progress("ada", answers: [F.answer("t.single"), F.answer("t.single")])
        F.completedTraining(&ada)
        try ProgressStore(fileURL: team.appendingPathComponent("ada.json")).save(ada)
        let learner = try #require(try TeamDirectory.read(team).learners.first)
        #expect(learner.totals == ada.totals && learner.totals.overall.answered == 2)
        #expect(learner.latestActivity == TeamDirectory.latestActivity(ada))
        #expect(learner.progress.answers.isEmpty && learner.progress.questions.isEmpty, "a team's answers are counted, not held")
        #expect(learner.progress.completions == ada.completions && learner.progress.trainingResults == ada.trainingResults)
        #expect(TeamRow(learner, bank: F.bank).answered == 2)
    }

    static func policy(dueDate: String = "2027-02-01") -> Policy {
        Policy(
            id: "acme", version: 3, minimumPassMark: PassMark(percent: 80)!, requiredModules: ["t.basics", "t.data"], namesModules: false,
            acceptedBankFingerprints: [], dueDate: PolicyDay(dueDate)!, validForMonths: 12, file: "/p.json"
        )
    }

    /// Ada completed at 80%, Bob at 50%, Zed (not on the roster) started; the roster has Ada, Bob and Cy.
    static func report(dueDate: String = "2027-02-01") throws -> TeamStanding {
        var ada = F.progress("ada")
        F.completedTraining(&ada)
        var bob = F.progress("bob")
        let results = [TrainingFixtures.result(TrainingFixtures.basics, correct: 3, at: 100), TrainingFixtures.result(TrainingFixtures.data, correct: 1, at: 200)]
        for result in results { bob.apply(.moduleResult(result)) }
        bob.apply(.completion(CompletionRecord(
            profile: "bob", modules: F.bank.trainingModules, results: results, passMark: PassMark(percent: 50)!,
            bankFingerprint: F.fingerprint, completedAt: Fixtures.at(200)
        )!))
        var zed = F.progress("zed")
        zed.apply(.moduleResult(TrainingFixtures.result(TrainingFixtures.basics, correct: 5, at: 100)))
        let contents = TeamDirectory.Contents(
            directory: URL(fileURLWithPath: "/team"),
            learners: [ada, bob, zed].map { TeamDirectory.Learner(file: "/team/\($0.profile).json", progress: $0) }, skipped: []
        )
        let roster = try Roster.read(Data("login,name,email,employeeId,team\nada,Ada,ada@x,E1,Ops\nbob,Bob,,E2,Ops\ncy,Cy,,,Dev\n".utf8), path: "/people.csv")
        return TeamStanding(contents, bank: F.bank, policy: policy(dueDate: dueDate), roster: roster, now: Fixtures.at(1000))
    }

    @Test func eachPersonOnTheRosterIsJudgedAndOthersListedApart() throws {
        let report = try Self.report()
        #expect(report.people.map(\.login) == ["ada", "bob", "cy"])
        #expect(report.people.map(\.status) == ["compliant", "below-pass-mark", "not-started"])
        #expect(report.people.map(\.passMarkPercent) == [80, 50, nil])
        #expect(report.people[0].trainingScore == 6.0 / 7)
        #expect(report.people[2].file == nil && report.people[2].reason == "no progress file collected; not started; due 2027-02-01")
        #expect(report.notOnRoster.map(\.profile) == ["zed"])
        #expect(report.notOnRoster[0].status == "in-progress" && report.notOnRoster[0].onRoster == false)
        let overdue = try Self.report(dueDate: "2027-01-01")
        #expect(overdue.people.map(\.status) == ["compliant", "overdue", "overdue"])
    }

    @Test func theCSVHasStableColumnsAndTheTextFitsEightyColumns() throws {
        let report = try Self.report()
        let rows = report.csv().components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows[0] == TeamStanding.csvHeader.joined(separator: ","))
        #expect(rows.count == 5)
        #expect(rows[1].hasPrefix("ada,Ada,ada@x,E1,Ops,true,ada,/team/ada.json,compliant,valid until 2028-01-15,true,2027-01-15T08:05:00.000Z,80,"))
        #expect(rows[4].hasPrefix(",,,,,false,zed,/team/zed.json,in-progress,"))
        let text = report.text(unicode: true)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(text)")
        #expect(text.contains("Learner  Status           Completed   Mark  Score  Modules  Until"), "\(text)")
        #expect(text.contains("bob      below-pass-mark  2027-01-15   50%    57%      0/2  2027-02-01"), "\(text)")
        #expect(text.contains("  bob: completed at a pass mark of 50%, below the policy's 80%; due 2027-02-01"), "\(text)")
        #expect(text.contains("Found in files but not on the roster:\nLearner  Status           Completed"), "\(text)")
    }

    @Test func theJSONKeepsEveryKey() throws {
        let report = try Self.report()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
        let people = try #require(object["people"] as? [[String: Any]])
        #expect(people[2]["completedAt"] is NSNull)
        #expect(people[2]["status"] as? String == "not-started")
        #expect((object["policy"] as? [String: Any])?["dueDate"] as? String == "2027-02-01")
        #expect(object["rosterProblems"] as? [Any] != nil)
        #expect(Set(people[0].keys) == Set(TeamStanding.csvHeader))
    }
}
