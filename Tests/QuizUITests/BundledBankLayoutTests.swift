import Foundation
import Testing
import QuizCore
import QuizTestSupport
@testable import QuizUI

/// Until the body can scroll, every question of the bundled bank, scenario steps included, must fit an 80x24
/// screen, with its feedback at its longest: every wrong option chosen, so every "why not" is shown.
@Suite struct BundledBankLayoutTests {
    @Test func everyQuestionAndItsFeedbackFitAt80x24() throws {
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
            #expect(!feedback.lines.joined().contains("more line"), "\(question.id)'s feedback does not fit 80x24:\n\(feedback.lines.joined(separator: "\n"))")
        }
    }
}
