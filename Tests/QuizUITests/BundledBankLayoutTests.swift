import Foundation
import Testing
import QuizCore
import QuizTestSupport
@testable import QuizUI

/// Every question of the bundled bank, scenario steps included, must fit an 80x24 screen as it is asked, so the
/// learner sees every option at once; its feedback at its longest (every wrong option chosen, so every "why not"
/// is shown) may scroll, but its last line must be reachable.
@Suite struct BundledBankLayoutTests {
    @Test func everyQuestionFitsAt80x24AndItsFeedbackScrollsToTheEnd() throws {
        let bank = try BankLoader.load(directory: Fixtures.bundledBankURL)
        let context = ViewContext(bank: bank, glyphs: .unicode)
        for question in bank.questions + bank.scenarios.flatMap({ $0.steps.map(\.question) }) {
            let item = SessionItem(question: question, order: Array(question.choices.indices))
            var session = PracticeSession(id: "s", items: [item], startedAt: Fixtures.start)
            let state = { (session: PracticeSession) in
                AppState(screen: .practice(session), profile: "a-long-profile-name", totals: ProgressTotals(), sessionSize: 1, nextSeed: 1)
            }
            let asked = AppView.render(state(session), context: context, width: 80, height: 24)
            #expect(!asked.lines.joined().contains("more line"), "\(question.id) does not fit 80x24 when asked")

            let wrong = question.choices.indices.filter { !question.choices[$0].isCorrect }
            let picks = question.kind == .multiple ? Array(wrong.prefix(question.picksRequired)) : [wrong[0]]
            let outcome = AnswerOutcome(questionID: question.id, topic: question.topic, chosen: picks, isCorrect: false, seconds: 1, answeredAt: Fixtures.start)
            session.outcomes = [outcome]
            session.phase = .reviewing(outcome)
            let feedback = AppView.render(state(session), context: context, width: 80, height: 24)
            var scrolled = state(session)
            scrolled.scroll = feedback.scrollLimit
            scrolled.followsHighlight = false
            let end = AppView.render(scrolled, context: context, width: 80, height: 24)
            let shown = end.lines.joined(separator: "\n")
            #expect(!shown.contains("seed document"), "\(question.id) shows a seed document to the learner")
            guard question.sources.contains(where: \.isPage) else { continue }
            #expect(end.lines.contains { $0.contains("Source: ") }, "\(question.id)'s feedback cannot be scrolled to its source:\n\(shown)")
        }
    }
}
