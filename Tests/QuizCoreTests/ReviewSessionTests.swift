import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

@Suite struct ReviewSessionTests {
    typealias Store = TestStore<ReviewSession, SessionEvent, SessionEffect>

    func answer(_ questionID: String, correct: Bool, at offset: Double, mode: String = "practice") -> AnswerRecord {
        AnswerRecord(
            questionId: questionID, topic: "basics", chosen: [0], correct: correct, seconds: 5,
            answeredAt: Fixtures.at(offset), session: "s0", mode: mode
        )
    }

    /// t.owner and a question since removed from the bank are due first (Again), t.single ten minutes later
    /// (Good); t.multiple was only crammed, so it has no card.
    var schedule: ReviewSchedule {
        ReviewSchedule(answers: [
            answer("t.single", correct: true, at: 0),
            answer("t.owner", correct: false, at: 0),
            answer("removed.question", correct: false, at: 0),
            answer("t.multiple", correct: false, at: 0, mode: "cram"),
        ])
    }

    func items(_ questions: [Question], seed: UInt64) -> [SessionItem] {
        var generator = SeededGenerator(seed: seed)
        return questions.map { SessionBuilder.item(for: $0, using: &generator) }
    }

    @Test func reviewAsksTheDueQuestionsInTheBankOldestFirst() {
        let now = Fixtures.at(3600)
        let session = ReviewSessionBuilder.review(schedule: schedule, bank: Fixtures.bank, at: now, seed: 7)
        let expected = PracticeSession(id: "review-1800003600000-7", items: items([Fixtures.owner, Fixtures.single], seed: 7), startedAt: now)
        #expect(session == ReviewSession(practice: expected, isCram: false))
        #expect(session.mode == "review")

        let limited = ReviewSessionBuilder.review(schedule: schedule, bank: Fixtures.bank, at: now, seed: 7, limit: 1)
        #expect(limited.practice.items.map(\.question.id) == ["t.owner"])
    }

    @Test func reviewWithNothingDueIsOverAtOnce() {
        let session = ReviewSessionBuilder.review(schedule: schedule, bank: Fixtures.bank, at: Fixtures.at(30), seed: 7)
        #expect(session.practice.items.isEmpty)
        #expect(!session.practice.isUnderWay)
    }

    @Test func cramAsksEveryAnsweredQuestionWeakestFirstEvenBeforeItIsDue() {
        let schedule = ReviewSchedule(answers: [
            answer("t.single", correct: true, at: 0), answer("t.single", correct: true, at: 600),
            answer("t.single", correct: true, at: 86_400 * 3),
            answer("t.owner", correct: false, at: 86_400 * 3), answer("t.owner", correct: true, at: 86_400 * 3 + 60),
            answer("removed.question", correct: false, at: 0),
        ])
        // A day on, t.single (last seen a whole day ago) is not due but less likely recalled than t.owner (seen
        // less than a day ago, so still at retrievability 1), which is due.
        let now = Fixtures.at(86_400 * 4)
        #expect(schedule.due(at: now).map(\.questionID) == ["removed.question", "t.owner"])
        let session = ReviewSessionBuilder.cram(schedule: schedule, bank: Fixtures.bank, at: now, seed: 3)
        let expected = PracticeSession(id: "cram-1800345600000-3", items: items([Fixtures.single, Fixtures.owner], seed: 3), startedAt: now)
        #expect(session == ReviewSession(practice: expected, isCram: true))
        #expect(session.mode == "cram")
    }

    @Test func aReviewSessionRunsLikePracticeAndRecordsEachAnswer() {
        let now = Fixtures.at(3600)
        var store = Store(
            ReviewSessionBuilder.review(schedule: schedule, bank: Fixtures.bank, at: now, seed: 7),
            reduce: ReviewSessionReducer.reduce
        )
        store.send(.highlightMoved(by: 1), at: Fixtures.at(3600.5)) {
            $0.practice.phase = .answering(highlighted: 0, picked: [], notice: nil)
        }
        store.send(.highlightMoved(by: 1), at: Fixtures.at(3601)) {
            $0.practice.phase = .answering(highlighted: 1, picked: [], notice: nil)
        }
        let right = AnswerOutcome(questionID: "t.owner", topic: "services", chosen: [1], isCorrect: true, seconds: 2, answeredAt: Fixtures.at(3602))
        store.send(.answerChosen, at: Fixtures.at(3602), effects: [.answerRecorded(right)]) {
            $0.practice.outcomes = [right]
            $0.practice.phase = .reviewing(right)
        }
        store.send(.nextRequested, at: Fixtures.at(3603)) {
            $0.practice.position = 1
            $0.practice.questionShownAt = Fixtures.at(3603)
            $0.practice.phase = .answering(highlighted: nil, picked: [], notice: nil)
        }
    }

    @Test func reviewAnswersRescheduleTheirQuestionAndCramAnswersDoNot() {
        let outcome = AnswerOutcome(questionID: "t.owner", topic: "services", chosen: [1], isCorrect: true, seconds: 2, answeredAt: Fixtures.at(3602))
        let reviewed = schedule.recording(AnswerRecord(outcome, session: "review-1", mode: ReviewSession.mode(isCram: false)))
        #expect(reviewed.card(for: "t.owner") != schedule.card(for: "t.owner"))
        #expect(reviewed.dueCount(at: Fixtures.at(3602)) == schedule.dueCount(at: Fixtures.at(3602)) - 1)
        let crammed = schedule.recording(AnswerRecord(outcome, session: "cram-1", mode: ReviewSession.mode(isCram: true)))
        #expect(crammed == schedule)
    }
}
