import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

@Suite struct AssessTests {
    typealias Store = TestStore<AssessSession, AssessEvent, SessionEffect>

    @Test func eachAnswerWaitsForItsConfidenceAndNothingIsMarkedOnScreen() {
        let session = AssessSession(id: "a1", items: Fixtures.session([Fixtures.single, Fixtures.owner]).items, startedAt: Fixtures.start)
        var store = Store(session, reduce: AssessReducer.reduce)
        let wrong = AnswerOutcome(questionID: "t.single", topic: "basics", chosen: [1], isCorrect: false, seconds: 3, answeredAt: Fixtures.at(3))
        store.send(.session(.choicePicked(1)), at: Fixtures.at(3)) {
            $0.quiz.outcomes = [wrong]
            $0.quiz.phase = .reviewing(wrong)
            $0.awaitingConfidence = PendingAnswer(wrong)
        }
        store.send(.session(.choicePicked(0)), at: Fixtures.at(4))
        store.send(.highlightedConfidenceChosen, at: Fixtures.at(4)) { $0.awaitingConfidence?.showsChooseFirst = true }
        store.send(.confidenceHighlightMoved(by: 1), at: Fixtures.at(4)) {
            $0.awaitingConfidence?.highlighted = 0
            $0.awaitingConfidence?.showsChooseFirst = false
        }
        store.send(.confidenceHighlightMoved(by: 5), at: Fixtures.at(4)) { $0.awaitingConfidence?.highlighted = 2 }
        store.send(.confidenceHighlightMoved(by: -2), at: Fixtures.at(4)) { $0.awaitingConfidence?.highlighted = 0 }
        var sure = wrong
        sure.confidence = .sure
        store.send(.highlightedConfidenceChosen, at: Fixtures.at(5), effects: [.answerRecorded(sure)]) {
            $0.answers = [sure]
            $0.awaitingConfidence = nil
            $0.quiz.position = 1
            $0.quiz.questionShownAt = Fixtures.at(5)
            $0.quiz.phase = .answering(highlighted: nil, picked: [], notice: nil)
        }
        let right = AnswerOutcome(questionID: "t.owner", topic: "services", chosen: [1], isCorrect: true, seconds: 2, answeredAt: Fixtures.at(7))
        store.send(.session(.choicePicked(1)), at: Fixtures.at(7)) {
            $0.quiz.outcomes.append(right)
            $0.quiz.phase = .reviewing(right)
            $0.awaitingConfidence = PendingAnswer(right)
        }
        var guessed = right
        guessed.confidence = .guessing
        store.send(.confidenceChosen(.guessing), at: Fixtures.at(8), effects: [.answerRecorded(guessed)]) {
            $0.answers.append(guessed)
            $0.awaitingConfidence = nil
            $0.quiz.position = 2
            $0.quiz.questionShownAt = Fixtures.at(8)
            $0.quiz.phase = .finished
        }
        #expect(store.state.isFinished)
        let result = AssessmentResult(answers: store.state.answers, bank: Fixtures.bank)
        #expect(result.misconceptions.map(\.id) == ["t.single"])
        #expect(result.luckyGuesses.map(\.question.id) == ["t.owner"])
        #expect(result.topics.map(\.topic) == ["basics", "services"])
        #expect(result.overall == ProgressTotals.Tally(answered: 2, correct: 1))
    }

    @Test func theBundledMatrixIsSampledAcrossEveryServiceAndControl() throws {
        let bank = try BankLoader.load(directory: Fixtures.bundledBankURL)
        let items = AssessBuilder.items(from: bank, count: 40, seed: 9)
        #expect(items.count == 40)
        let cells = items.compactMap { MatrixQuestions.cell(ofOwnerQuestion: $0.question.id) }
        #expect(cells.count == 20)
        let matrix = bank.matrix
        #expect(Set(cells.map(\.control)).count == min(cells.count, matrix.controls.count), "no control asked twice before all are")
        #expect(Set(cells.map(\.service)).count == min(cells.count, matrix.services.count), "no service asked twice before all are")
        let written = items.filter { $0.question.topic != MatrixQuestions.topic }
        let topics = Set(bank.questions.map(\.topic)).subtracting([MatrixQuestions.topic])
        #expect(Set(written.map(\.question.topic)) == topics, "every topic asked")
        #expect(AssessBuilder.items(from: bank, count: 40, seed: 9) == items)
        #expect(Set(items.map(\.question.id)).count == 40)
    }
}
