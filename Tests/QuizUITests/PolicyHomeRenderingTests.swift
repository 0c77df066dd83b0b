import Foundation
import Testing
import QuizCore
import QuizTestSupport
@testable import QuizUI

/// The home screen's line about the policy in force: near the top, and whole within 60 columns.
@Suite struct PolicyHomeRenderingTests {
    static let policy = Policy(
        id: "acme-2026", version: 3, minimumPassMark: PassMark(percent: 80)!, requiredModules: ["a", "b", "c", "d", "e"],
        namesModules: false, acceptedBankFingerprints: [], dueDate: PolicyDay("2027-01-15")!, validForMonths: 12, file: "/p.json"
    )

    func render(results: [ModuleResult], now: Date, width: Int, height: Int) -> ScreenBuffer {
        var state = AppState(screen: .home(highlighted: .practice), profile: "ada", totals: ProgressTotals(answers: []), sessionSize: 3, nextSeed: 1)
        state.policy = Self.policy
        state.trainingResults = results
        state.policyStanding = PolicyStanding.judge(
            Self.policy, completions: [], results: results, trainingPassMark: Self.policy.minimumPassMark, now: now
        )
        return AppView.render(state, context: ViewContext(bank: Fixtures.bank, glyphs: .unicode), width: width, height: height)
    }

    func result(_ module: String) -> ModuleResult {
        ModuleResult(
            moduleID: module, title: module, correct: 5, total: 5, passMark: .standard, testedOut: false, startedAt: Fixtures.at(0),
            finishedAt: Fixtures.at(60), session: "train-1", bankFingerprint: "f00d", questionIds: []
        )
    }

    @Test func theHomeScreenSaysWhatIsDueAndByWhenAt60x16() throws {
        let screen = render(results: [result("a"), result("b")], now: Fixtures.at(100), width: 60, height: 16)
        #expect(screen.lines[2] == " Awareness training due 15 Jan 2027: 3 of 5 modules left", "\(screen.lines.joined(separator: "\n"))")
        #expect(screen.lines.allSatisfy { DisplayWidth.of($0) <= 60 })
        try GoldenFile.check(screen, "home-policy-60x16")
    }

    @Test func anOverdueLearnerIsToldSo() {
        let screen = render(results: [], now: PolicyDay("2027-02-01")!.end, width: 60, height: 16)
        #expect(screen.lines[2] == " Training overdue since 15 Jan 2027: not started", "\(screen.lines.joined(separator: "\n"))")
    }
}
