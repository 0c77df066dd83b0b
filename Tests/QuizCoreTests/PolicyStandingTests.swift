import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// The one judgement of a learner against a policy, for the home screen and the team report: each status.
@Suite struct PolicyStandingTests {
    typealias T = TrainingFixtures
    static let bankPrint = T.fingerprint

    /// Basics and Your data required, 80% at least, due 2027-02-01 (Fixtures.start is 2027-01-15), valid 12 months.
    static func policy(fingerprints: [String] = [], months: Int? = 12) -> Policy {
        Policy(
            id: "acme", version: 2, minimumPassMark: PassMark(percent: 80)!, requiredModules: ["t.basics", "t.data"], namesModules: true,
            acceptedBankFingerprints: fingerprints, dueDate: PolicyDay("2027-02-01")!, validForMonths: months, file: "/p.json"
        )
    }

    static let results = [T.result(T.basics, correct: 4, at: 100), T.result(T.data, correct: 2, at: 200)]

    static func completion(passMark: Int = 80, fingerprint: String = bankPrint, at seconds: Double = 200) -> CompletionRecord {
        CompletionRecord(
            profile: "ada", modules: [T.basics, T.data], results: results, passMark: PassMark(percent: passMark)!,
            bankFingerprint: fingerprint, completedAt: Fixtures.at(seconds)
        )!
    }

    static func judge(
        _ policy: Policy = policy(), completions: [CompletionRecord] = [], results: [ModuleResult] = [], now: Date = Fixtures.at(1000)
    ) -> PolicyStanding {
        PolicyStanding.judge(policy, completions: completions, results: results, trainingPassMark: PassMark(percent: 80)!, now: now)
    }

    static let afterDue = PolicyDay("2027-02-02")!.end.addingTimeInterval(-3600)

    @Test func aValidCompletionIsCompliantUntilItExpires() {
        let standing = Self.judge(completions: [Self.completion()], results: Self.results)
        #expect(standing.status == .compliant)
        #expect(standing.validUntil == PolicyDay.adding(months: 12, to: Fixtures.at(200)))
        #expect(PolicyDay(standing.validUntil!).description == "2028-01-15")
        #expect(standing.modulesPassed == 2 && standing.modulesRequired == 2)
        #expect(standing.reason == "valid until 2028-01-15")
        #expect(standing.homeLine(policyName: "acme v2") == "Training complete until 15 Jan 2028 (policy acme v2)")
    }

    @Test func aCompletionOlderThanTheValidityHasExpired() {
        let later = PolicyDay.adding(months: 13, to: Fixtures.at(200))
        let standing = Self.judge(completions: [Self.completion()], results: Self.results, now: later)
        #expect(standing.status == .expired)
        #expect(standing.modulesPassed == 0)
        #expect(standing.reason == "completed 2027-01-15, expired 2028-01-15")
        #expect(standing.homeLine(policyName: "acme v2") == "Training expired 15 Jan 2028: take it again to renew it")
        #expect(Self.judge(Self.policy(months: nil), completions: [Self.completion()], now: later).status == .compliant)
    }

    @Test func aCompletionBelowTheMinimumDoesNotCount() {
        let standing = Self.judge(completions: [Self.completion(passMark: 60)])
        #expect(standing.status == .belowPassMark)
        #expect(standing.completionPassMark?.percent == 60)
        #expect(standing.reason == "completed at a pass mark of 60%, below the policy's 80%; due 2027-02-01")
        #expect(standing.homeLine(policyName: "acme v2") == "Awareness training due 1 Feb 2027: passed at 60%, not 80%")
    }

    @Test func aCompletionOnAnotherBankDoesNotCount() {
        let accepted = String(repeating: "0", count: 64)
        let standing = Self.judge(Self.policy(fingerprints: [accepted]), completions: [Self.completion()], results: Self.results)
        #expect(standing.status == .otherBank)
        #expect(standing.modulesPassed == 0, "results on another bank do not count either")
        #expect(Self.judge(Self.policy(fingerprints: [Self.bankPrint]), completions: [Self.completion()]).status == .compliant)
    }

    @Test func noValidCompletionPastTheDueDateIsOverdueWithWhatThereIs() {
        let nothing = Self.judge(now: Self.afterDue)
        #expect(nothing.status == .overdue && nothing.detail == .notStarted)
        #expect(nothing.reason == "due 2027-02-01; not started")
        #expect(nothing.homeLine(policyName: "x") == "Training overdue since 1 Feb 2027: not started")
        let started = Self.judge(results: [Self.results[0]], now: Self.afterDue)
        #expect(started.status == .overdue && started.detail == .inProgress)
        #expect(started.homeLine(policyName: "x") == "Training overdue since 1 Feb 2027: 1 of 2 modules left")
        let low = Self.judge(completions: [Self.completion(passMark: 50)], now: Self.afterDue)
        #expect(low.status == .overdue && low.detail == .belowPassMark)
        #expect(Self.judge(now: PolicyDay("2027-02-01")!.end.addingTimeInterval(-1)).status == .notStarted, "due until the end of the day")
    }

    @Test func beforeTheDueDateItIsInProgressOrNotStarted() {
        let started = Self.judge(results: [Self.results[0], T.result(T.data, correct: 1, at: 300)])
        #expect(started.status == .inProgress)
        #expect(started.modulesPassed == 1)
        #expect(started.reason == "in progress, 1 of 2 modules left; due 2027-02-01")
        #expect(started.homeLine(policyName: "x") == "Awareness training due 1 Feb 2027: 1 of 2 modules left")
        #expect(Self.judge(results: [T.result(T.incidents, correct: 2, at: 100)]).status == .notStarted, "only required modules count")
        #expect(PolicyStanding.nothingYet(Self.policy(), now: Fixtures.at(0)).status == .notStarted)
    }

    @Test func aCompletionOfASubsetCountsWhenItCoversTheRequiredModules() {
        let subset = Policy(
            id: "s", version: 1, minimumPassMark: PassMark(percent: 80)!, requiredModules: ["t.basics"], namesModules: true,
            acceptedBankFingerprints: [], dueDate: PolicyDay("2027-02-01")!, validForMonths: nil, file: "/p.json"
        )
        #expect(Self.judge(subset, completions: [Self.completion()]).status == .compliant)
        let basicsOnly = CompletionRecord(
            profile: "ada", modules: [T.basics], results: Self.results, passMark: .standard, bankFingerprint: Self.bankPrint,
            completedAt: Fixtures.at(200)
        )!
        #expect(Self.judge(completions: [basicsOnly]).status == .notStarted, "a completion without every required module is none")
    }

    @Test func trainingUnderAPolicyRecordsItAndCompletesOnlyTheRequiredModules() {
        var state = T.session([T.data], passMark: PassMark(percent: 80)!)
        state.policy = PolicyStamp(id: "acme", version: 2)
        state.holdsCompletion = false
        (state, _) = TrainingReducer.reduce(state, .moduleChosen, at: Fixtures.at(10))
        (state, _) = TrainingReducer.reduce(state, .testOutRequested, at: Fixtures.at(11))
        for step in 0..<T.data.questionCount {
            guard let item = state.attempt?.questions.current else { break }
            (state, _) = TrainingReducer.reduce(state, .question(.choicePicked(item.question.correctIndices.first!)), at: Fixtures.at(20 + Double(step)))
            if step + 1 < T.data.questionCount { (state, _) = TrainingReducer.reduce(state, .question(.nextRequested), at: Fixtures.at(30)) }
        }
        #expect(state.completion?.policyId == "acme")
        #expect(state.completion?.policyVersion == 2)
        #expect(state.completion?.modules.map(\.id) == ["t.data"])
    }

    @Test func oldCompletionRecordsWithoutAPolicyStayReadable() throws {
        let json = """
            {"profile": "ada", "completedAt": "2027-01-15T08:00:00.000Z", "passMark": 0.8, "bankFingerprint": "f00d", "modules": []}
            """
        let record = try ProgressCoding.decoder().decode(CompletionRecord.self, from: Data(json.utf8))
        #expect(record.policyId == nil && record.policyVersion == nil)
        var stamped = record
        stamped.policyId = "acme"
        stamped.policyVersion = 3
        let written = String(decoding: try ProgressCoding.encoder().encode(stamped), as: UTF8.self)
        #expect(written.contains(#""policyId" : "acme""#) && written.contains(#""policyVersion" : 3"#))
        #expect(try ProgressCoding.decoder().decode(CompletionRecord.self, from: Data(written.utf8)) == stamped)
    }
}

/// Training opened under a policy: its modules, its pass mark, and only the results that can still count.
@Suite struct PolicyTrainingTests {
    typealias T = TrainingFixtures

    static func home(policy: Policy?, results: [ModuleResult]) -> AppState {
        var state = AppState(screen: .home(highlighted: .train), profile: "ada", totals: ProgressTotals(answers: []), sessionSize: 3, nextSeed: 1)
        state.policy = policy
        state.trainingResults = results
        return state
    }

    @Test func trainingAsksThePolicysModulesAtItsPassMarkCountingOnlyRecentResults() throws {
        let policy = Policy(
            id: "acme", version: 1, minimumPassMark: PassMark(percent: 90)!, requiredModules: ["t.data"], namesModules: true,
            acceptedBankFingerprints: [], dueDate: PolicyDay("2027-02-01")!, validForMonths: 1, file: "/p.json"
        )
        let old = T.result(T.data, correct: 2, at: 0)
        let now = PolicyDay.adding(months: 2, to: Fixtures.at(0))
        let reducer = AppReducer(bank: ReportFixtures.bank)
        let started = reducer.startTraining(Self.home(policy: policy, results: [old]), at: now)
        guard case .training(let session) = started.screen else {
            Issue.record("training did not open")
            return
        }
        #expect(session.modules.map(\.id) == ["t.data"])
        #expect(session.passMark.percent == 90)
        #expect(session.results.isEmpty, "a result older than validForMonths cannot make a completion that counts")
        #expect(session.policy == PolicyStamp(id: "acme", version: 1))
        #expect(!session.holdsCompletion)

        let plain = reducer.startTraining(Self.home(policy: nil, results: [old]), at: now)
        guard case .training(let unpolicied) = plain.screen else { return }
        #expect(unpolicied.modules.count == 2 && unpolicied.results == [old] && unpolicied.policy == nil)
        #expect(unpolicied.passMark == ReportFixtures.bank.trainingPassMark)
    }

    @Test func theHomeScreenJudgesTheLearnerEachTimeItComesUp() {
        let policy = PolicyStandingTests.policy()
        let state = AppReducer(bank: ReportFixtures.bank).home(Self.home(policy: policy, results: []), highlighting: .train, at: Fixtures.at(0))
        #expect(state.policyStanding?.status == .notStarted)
        #expect(AppReducer(bank: ReportFixtures.bank).home(Self.home(policy: nil, results: []), highlighting: .train, at: Fixtures.at(0)).policyStanding == nil)
    }
}
