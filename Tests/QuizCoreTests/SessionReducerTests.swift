import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

@Suite struct SessionReducerTests {
    typealias Store = TestStore<PracticeSession, SessionEvent, SessionEffect>

    func store(_ questions: [Question]) -> Store {
        Store(Fixtures.session(questions), reduce: SessionReducer.reduce)
    }

    @Test func singleChoiceAnsweredWithArrowsAndEnter() {
        var store = store([Fixtures.single, Fixtures.owner])
        store.send(.highlightMoved(by: 1), at: Fixtures.at(1)) {
            $0.phase = .answering(highlighted: 0, picked: [], notice: nil)
        }
        store.send(.highlightMoved(by: 5), at: Fixtures.at(2)) {
            $0.phase = .answering(highlighted: 2, picked: [], notice: nil)
        }
        store.send(.highlightMoved(by: -1), at: Fixtures.at(3)) {
            $0.phase = .answering(highlighted: 1, picked: [], notice: nil)
        }
        let wrong = AnswerOutcome(questionID: "t.single", topic: "basics", chosen: [1], isCorrect: false, seconds: 4, answeredAt: Fixtures.at(4))
        store.send(.answerChosen, at: Fixtures.at(4), effects: [.answerRecorded(wrong)]) {
            $0.outcomes = [wrong]
            $0.phase = .reviewing(wrong)
        }
        store.send(.highlightMoved(by: 1), at: Fixtures.at(5))
        store.send(.answerChosen, at: Fixtures.at(5))
        store.send(.nextRequested, at: Fixtures.at(6)) {
            $0.position = 1
            $0.questionShownAt = Fixtures.at(6)
            $0.phase = .answering(highlighted: nil, picked: [], notice: nil)
        }
        #expect(store.state.score == 0)
        #expect(store.state.missed.map(\.question.id) == ["t.single"])
    }

    @Test func ownerQuestionAnsweredByNumber() {
        var store = store([Fixtures.owner])
        store.send(.choicePicked(7), at: Fixtures.at(1))
        let right = AnswerOutcome(questionID: "t.owner", topic: "services", chosen: [1], isCorrect: true, seconds: 2.5, answeredAt: Fixtures.at(2.5))
        store.send(.choicePicked(1), at: Fixtures.at(2.5), effects: [.answerRecorded(right)]) {
            $0.outcomes = [right]
            $0.phase = .reviewing(right)
        }
        store.send(.nextRequested, at: Fixtures.at(3)) {
            $0.position = 1
            $0.questionShownAt = Fixtures.at(3)
            $0.phase = .finished
        }
        #expect(store.state.score == 1)
        #expect(!store.state.isUnderWay)
        store.send(.answerChosen, at: Fixtures.at(4))
    }

    @Test func multipleResponseNeedsExactlyTheRequiredNumberOfPicks() {
        var store = store([Fixtures.multiple])
        store.send(.highlightedChoiceToggled, at: Fixtures.at(0.5)) {
            $0.phase = .answering(highlighted: nil, picked: [], notice: .chooseFirst)
        }
        store.send(.highlightMoved(by: 1), at: Fixtures.at(0.7)) {
            $0.phase = .answering(highlighted: 0, picked: [], notice: nil)
        }
        store.send(.highlightedChoiceToggled, at: Fixtures.at(1)) {
            $0.phase = .answering(highlighted: 0, picked: [0], notice: nil)
        }
        store.send(.answerChosen, at: Fixtures.at(2)) {
            $0.phase = .answering(highlighted: 0, picked: [0], notice: .pickExactly(required: 2, picked: 1))
        }
        store.send(.choicePicked(3), at: Fixtures.at(3)) {
            $0.phase = .answering(highlighted: 3, picked: [0, 3], notice: nil)
        }
        store.send(.choicePicked(3), at: Fixtures.at(4)) {
            $0.phase = .answering(highlighted: 3, picked: [0], notice: nil)
        }
        store.send(.highlightMoved(by: -1), at: Fixtures.at(5)) {
            $0.phase = .answering(highlighted: 2, picked: [0], notice: nil)
        }
        store.send(.highlightedChoiceToggled, at: Fixtures.at(6)) {
            $0.phase = .answering(highlighted: 2, picked: [0, 2], notice: nil)
        }
        let right = AnswerOutcome(questionID: "t.multiple", topic: "basics", chosen: [0, 2], isCorrect: true, seconds: 7, answeredAt: Fixtures.at(7))
        store.send(.answerChosen, at: Fixtures.at(7), effects: [.answerRecorded(right)]) {
            $0.outcomes = [right]
            $0.phase = .reviewing(right)
        }
    }

    @Test func toggleDoesNothingOnSingleChoice() {
        var store = store([Fixtures.single])
        store.send(.highlightedChoiceToggled, at: Fixtures.at(1))
    }

    @Test func choicesAreRecordedInBankOrderWhateverTheDisplayOrder() {
        let item = SessionItem(question: Fixtures.multiple, order: [3, 2, 1, 0])
        var store = Store(PracticeSession(id: "s", items: [item], startedAt: Fixtures.start), reduce: SessionReducer.reduce)
        store.send(.choicePicked(1), at: Fixtures.at(1)) {
            $0.phase = .answering(highlighted: 1, picked: [1], notice: nil)
        }
        store.send(.choicePicked(3), at: Fixtures.at(2)) {
            $0.phase = .answering(highlighted: 3, picked: [1, 3], notice: nil)
        }
        let outcome = AnswerOutcome(questionID: "t.multiple", topic: "basics", chosen: [0, 2], isCorrect: true, seconds: 3, answeredAt: Fixtures.at(3))
        store.send(.answerChosen, at: Fixtures.at(3), effects: [.answerRecorded(outcome)]) {
            $0.outcomes = [outcome]
            $0.phase = .reviewing(outcome)
        }
    }

    @Test func fullSessionOfEveryKind() {
        var store = store([Fixtures.single, Fixtures.multiple, Fixtures.owner])
        let first = AnswerOutcome(questionID: "t.single", topic: "basics", chosen: [0], isCorrect: true, seconds: 1, answeredAt: Fixtures.at(1))
        store.send(.choicePicked(0), at: Fixtures.at(1), effects: [.answerRecorded(first)]) {
            $0.outcomes = [first]
            $0.phase = .reviewing(first)
        }
        store.send(.nextRequested, at: Fixtures.at(2)) {
            $0.position = 1
            $0.questionShownAt = Fixtures.at(2)
            $0.phase = .answering(highlighted: nil, picked: [], notice: nil)
        }
        store.send(.choicePicked(1), at: Fixtures.at(3)) {
            $0.phase = .answering(highlighted: 1, picked: [1], notice: nil)
        }
        store.send(.choicePicked(3), at: Fixtures.at(4)) {
            $0.phase = .answering(highlighted: 3, picked: [1, 3], notice: nil)
        }
        let second = AnswerOutcome(questionID: "t.multiple", topic: "basics", chosen: [1, 3], isCorrect: false, seconds: 3, answeredAt: Fixtures.at(5))
        store.send(.answerChosen, at: Fixtures.at(5), effects: [.answerRecorded(second)]) {
            $0.outcomes = [first, second]
            $0.phase = .reviewing(second)
        }
        store.send(.nextRequested, at: Fixtures.at(6)) {
            $0.position = 2
            $0.questionShownAt = Fixtures.at(6)
            $0.phase = .answering(highlighted: nil, picked: [], notice: nil)
        }
        let third = AnswerOutcome(questionID: "t.owner", topic: "services", chosen: [1], isCorrect: true, seconds: 2, answeredAt: Fixtures.at(8))
        store.send(.choicePicked(1), at: Fixtures.at(8), effects: [.answerRecorded(third)]) {
            $0.outcomes = [first, second, third]
            $0.phase = .reviewing(third)
        }
        store.send(.nextRequested, at: Fixtures.at(9)) {
            $0.position = 3
            $0.questionShownAt = Fixtures.at(9)
            $0.phase = .finished
        }
        #expect(store.state.score == 2)
        #expect(store.state.missed.map(\.question.id) == ["t.multiple"])
    }

    @Test func aQuestionOpensWithNothingChosenAndEnterAloneAnswersNothing() {
        var store = store([Fixtures.single, Fixtures.owner])
        #expect(store.state.phase == .answering(highlighted: nil, picked: [], notice: nil))
        store.send(.answerChosen, at: Fixtures.at(1)) {
            $0.phase = .answering(highlighted: nil, picked: [], notice: .chooseFirst)
        }
        store.send(.answerChosen, at: Fixtures.at(1.1))
        #expect(store.state.outcomes.isEmpty)
        store.send(.highlightMoved(by: -1), at: Fixtures.at(2)) {
            $0.phase = .answering(highlighted: 2, picked: [], notice: nil)
        }
    }

    @Test func enterTwiceAfterFeedbackGoesOnOnceAndAnswersNothing() {
        var store = store([Fixtures.single, Fixtures.owner])
        let first = AnswerOutcome(questionID: "t.single", topic: "basics", chosen: [0], isCorrect: true, seconds: 1, answeredAt: Fixtures.at(1))
        store.send(.choicePicked(0), at: Fixtures.at(1), effects: [.answerRecorded(first)]) {
            $0.outcomes = [first]
            $0.phase = .reviewing(first)
        }
        store.send(.nextRequested, at: Fixtures.at(2)) {
            $0.position = 1
            $0.questionShownAt = Fixtures.at(2)
            $0.phase = .answering(highlighted: nil, picked: [], notice: nil)
        }
        store.send(.answerChosen, at: Fixtures.at(2.05)) {
            $0.phase = .answering(highlighted: nil, picked: [], notice: .chooseFirst)
        }
        #expect(store.state.outcomes == [first])
    }
}
