import Foundation
import Testing
import QuizCore
import QuizTestSupport
@testable import QuizUI

/// The end of a self-assessment on the bundled bank: the summary on the first screen at 80x24, then every wrong
/// answer, then the history map; and past assessments opened from the Progress screen.
@Suite struct AssessResultRenderingTests {
    /// A finished 30-question assessment on the bundled bank: every third answer wrong, the wrong ones sure, unsure and guessing in turn.
    static func finished(_ bank: Bank) -> AssessSession {
        var session = AssessSession(id: "assess-1", items: AssessBuilder.items(from: bank, count: 30, seed: 5), startedAt: Fixtures.start)
        var step = 0
        while let item = session.quiz.current, !session.isFinished {
            let right = item.question.choices.indices.filter { item.question.choices[$0].isCorrect }
            let wrong = item.question.choices.indices.filter { !item.question.choices[$0].isCorrect }
            let picks = step % 3 == 0 ? Array(wrong.prefix(max(1, right.count))) : right
            let events: [SessionEvent] = item.question.kind == .multiple
                ? picks.map { .choicePicked(item.order.firstIndex(of: $0)!) } + [.answerChosen]
                : [.choicePicked(item.order.firstIndex(of: picks[0])!)]
            for event in events { session = AssessReducer.reduce(session, .session(event), at: Fixtures.at(Double(step))).0 }
            session = AssessReducer.reduce(session, .confidenceChosen(Confidence.allCases[(step + step / 3) % 3]), at: Fixtures.at(Double(step))).0
            step += 1
        }
        return session
    }

    func state(_ screen: AppState.Screen) -> AppState {
        AppState(screen: screen, profile: "ada", totals: ProgressTotals(), sessionSize: 3, nextSeed: 1)
    }

    @Test func theSummaryFitsTheFirstScreenAt80x24AndEveryWrongAnswerFollows() throws {
        let bank = try BankLoader.load(directory: Fixtures.bundledBankURL)
        let session = Self.finished(bank)
        #expect(session.isFinished)
        let result = AssessmentResult(answers: session.answers, bank: bank)
        #expect(result.wrongCount == 10)
        let context = ViewContext(bank: bank, glyphs: .unicode)
        let screen = AppView.render(state(.assess(session)), context: context, width: 80, height: 24)
        let shown = screen.lines.joined(separator: "\n")
        #expect(shown.contains("Self-assessment complete: 20 of 30 right (67%)"))
        for title in Confidence.allCases.map(\.title) { #expect(shown.contains("\n \(title) "), "\(title) in view") }
        for topic in result.topics {
            let title = String(bank.topicTitle(topic.topic).prefix(20))
            #expect(shown.contains(title), "\(title) in view at 80x24:\n\(shown)")
        }
        #expect(shown.contains("Below: your 10 wrong answers"))

        let body = AppView.bodyLines(state(.assess(session)), context: context, width: 78, height: 20).map { $0.spans.map(\.text).joined() }
        let all = body.joined(separator: "\n")
        let order = ["Wrong while sure (", "Wrong while unsure (", "Wrong while guessing (", MatrixHeatMap.title]
        let positions = order.compactMap { heading in body.firstIndex { $0.hasPrefix(heading) } }
        #expect(positions.count == order.count && positions == positions.sorted(), "grouped sure, unsure, guessing, then the map")
        #expect(body.filter { $0.hasPrefix("   You answered: ") }.count == 10, "each wrong answer says what was answered")
        #expect(body.filter { $0.hasPrefix("   Right: ") }.count == 10 + result.luckyGuesses.count)
        for group in result.wrong {
            for answered in group.answers {
                #expect(all.contains(String(answered.question.prompt.prefix(30))), "\(answered.question.id) listed")
            }
        }
        #expect(result.luckyGuesses.isEmpty || all.contains("Lucky guesses (\(result.luckyGuesses.count))"))
    }

    @Test func aPastAssessmentIsListedOnProgressAndOpensWithItsDate() throws {
        let bank = try BankLoader.load(directory: Fixtures.bundledBankURL)
        let session = Self.finished(bank)
        var progress = state(.progress)
        let older = PastAssessment(
            record: AssessmentRecord(session: "assess-0", startedAt: Fixtures.start, finishedAt: Fixtures.at(-86_400), questions: 1),
            answers: [session.answers[1]]
        )
        let latest = PastAssessment(
            record: AssessmentRecord(session: session.id, startedAt: Fixtures.start, finishedAt: Fixtures.at(60), questions: 30),
            answers: session.answers
        )
        progress.assessments = [older, latest]
        let context = ViewContext(bank: bank, glyphs: .unicode)
        let screen = AppView.render(progress, context: context, width: 80, height: 24).lines.joined(separator: "\n")
        #expect(screen.contains("Self-assessments (1-2 opens one)"))
        #expect(screen.contains("1  2027-01-15 08:01 UTC 20 of 30 right (67%), sure 60% right"))
        #expect(screen.contains("2  2027-01-14 08:00 UTC 1 of 1 right (100%)"))
        #expect(KeyBindings.event(for: .character("1"), in: progress) == .pastAssessmentOpened(1))
        #expect(KeyBindings.event(for: .character("2"), in: progress) == .pastAssessmentOpened(0))
        #expect(KeyBindings.event(for: .character("3"), in: progress) == nil)
        var opened = progress
        opened.screen = .pastAssessment(1)
        let result = AppView.render(opened, context: context, width: 80, height: 24).lines.joined(separator: "\n")
        #expect(result.contains("Self-assessment of 2027-01-15 08:01 UTC: 20 of 30 right (67%)"))
        #expect(KeyBindings.event(for: .character("<"), in: opened) == .pastAssessmentOpened(0))
        #expect(KeyBindings.event(for: .character(">"), in: opened) == nil)
        opened.screen = .pastAssessment(0)
        #expect(KeyBindings.event(for: .character(">"), in: opened) == .pastAssessmentOpened(1))
        opened.screen = .pastAssessment(1)
        #expect(KeyBindings.event(for: .escape, in: opened) == .homeRequested)
    }

    @Test func withoutAssessmentsProgressSaysWhereToTakeOne() {
        let screen = AppView.render(state(.progress), context: ViewContext(bank: Fixtures.bank, glyphs: .unicode), width: 80, height: 24)
        #expect(screen.lines.contains { $0.contains("Self-assessments: none yet") })
        #expect(KeyBindings.event(for: .character("1"), in: state(.progress)) == nil)
    }
}
