import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

@Suite struct ReviewScheduleTests {
    func answer(
        _ questionID: String, correct: Bool = true, seconds: Double = 5, at offset: Double = 0, mode: String = "practice",
        confidence: Confidence? = nil
    ) -> AnswerRecord {
        AnswerRecord(
            questionId: questionID, topic: "basics", chosen: [0], correct: correct, seconds: seconds,
            answeredAt: Fixtures.at(offset), session: "s1", mode: mode, confidence: confidence
        )
    }

    @Test func answersAreGradedByRightnessSpeedAndConfidence() {
        let schedule = ReviewSchedule()
        #expect(schedule.grade(for: answer("q", correct: false)) == .again)
        #expect(schedule.grade(for: answer("q", correct: false, seconds: 90, confidence: .sure)) == .again)
        #expect(schedule.grade(for: answer("q")) == .good)
        #expect(schedule.grade(for: answer("q", confidence: .sure)) == .good)
        #expect(schedule.grade(for: answer("q", seconds: 30)) == .good)
        #expect(schedule.grade(for: answer("q", seconds: 30.001)) == .hard)
        #expect(schedule.grade(for: answer("q", confidence: .unsure)) == .hard)
        #expect(schedule.grade(for: answer("q", confidence: .guessing)) == .hard)
        #expect(ReviewSchedule(slowAnswerSeconds: 10).grade(for: answer("q", seconds: 12)) == .hard)
    }

    @Test func eachAnswerIsAReviewOfItsQuestionsCard() throws {
        let scheduler = try FSRS(desiredRetention: 0.8)
        let answers = [
            answer("q", correct: false, at: 0), answer("other", at: 30), answer("q", at: 120),
            answer("q", seconds: 45, at: 900), answer("q", at: 86_400 * 3),
        ]
        var expected = Card(due: Fixtures.at(0))
        for (rating, offset) in [(Rating.again, 0.0), (.good, 120), (.hard, 900), (.good, 86_400 * 3)] {
            expected = scheduler.review(expected, rating: rating, at: Fixtures.at(offset))
        }
        let schedule = ReviewSchedule(answers: answers, scheduler: scheduler)
        #expect(schedule.card(for: "q") == expected)
        #expect(schedule.card(for: "other") == scheduler.review(Card(due: Fixtures.at(30)), rating: .good, at: Fixtures.at(30)))
        #expect(schedule.card(for: "never") == nil)
        #expect(schedule.cards.count == 2)
    }

    @Test func cramAnswersNeverTouchTheSchedule() {
        let answers = [answer("q", at: 0), answer("q", correct: false, at: 60, mode: "cram"), answer("crammed", at: 70, mode: "cram")]
        let schedule = ReviewSchedule(answers: answers)
        #expect(schedule == ReviewSchedule(answers: [answer("q", at: 0)]))
        #expect(schedule.card(for: "crammed") == nil)
        #expect(schedule.recording(answer("q", correct: false, at: 600, mode: "cram")) == schedule)
    }

    @Test func dueCardsComeOldestFirstTiesByQuestionID() {
        let schedule = ReviewSchedule(answers: [
            answer("c", at: 0),                  // Good: due in 10 minutes
            answer("b", at: 10),                 // Good: due 10 minutes after that
            answer("a", correct: false, at: 0),  // Again: due in 1 minute
            answer("d", correct: false, at: 0),  // Again: the same minute as "a"
        ])
        let now = Fixtures.at(3600)
        #expect(schedule.due(at: now).map(\.questionID) == ["a", "d", "c", "b"])
        #expect(schedule.due(at: now).map(\.card.due) == [Fixtures.at(60), Fixtures.at(60), Fixtures.at(600), Fixtures.at(610)])
        #expect(schedule.dueCount(at: now) == 4)
        #expect(schedule.due(at: Fixtures.at(600)).map(\.questionID) == ["a", "d", "c"])
        #expect(schedule.dueCount(at: Fixtures.at(59.999)) == 0)
        #expect(schedule.due(at: Fixtures.at(59.999)).isEmpty)
        #expect(schedule.nextDueDate(after: Fixtures.at(60)) == Fixtures.at(600))
        #expect(schedule.nextDueDate(after: now) == nil)
    }

    @Test func queriesCanBeLimitedToTheQuestionsStillInTheBank() {
        let schedule = ReviewSchedule(answers: [answer("kept", correct: false), answer("removed", correct: false), answer("later", at: 5)])
        let known: Set = ["kept", "later"]
        let now = Fixtures.at(3600)
        #expect(schedule.due(at: now, among: known).map(\.questionID) == ["kept", "later"])
        #expect(schedule.dueCount(at: now, among: known) == 2)
        #expect(schedule.weakestFirst(at: now, among: known).map(\.questionID) == ["kept", "later"])
        #expect(schedule.nextDueDate(after: Fixtures.at(60), among: ["kept"]) == nil)
        #expect(schedule.nextDueDate(after: Fixtures.at(60), among: known) == Fixtures.at(605))
    }

    @Test func cramOrderPutsTheLowestRetrievabilityFirst() {
        let schedule = ReviewSchedule(answers: [
            answer("strong", at: 0), answer("strong", at: 600), answer("strong", at: 86_400 * 3),
            answer("weak", correct: false, at: 0), answer("weak", at: 60), answer("weak", at: 660),
            answer("today-a", correct: false, at: 86_400 * 20), answer("today-b", at: 86_400 * 20),
        ])
        let now = Fixtures.at(86_400 * 20 + 3600)
        let order = schedule.weakestFirst(at: now)
        #expect(order.map(\.questionID) == ["weak", "strong", "today-a", "today-b"])
        let retrievabilities = order.map { schedule.scheduler.retrievability(of: $0.card, at: now) }
        #expect(retrievabilities == retrievabilities.sorted())
        #expect(retrievabilities[0] < retrievabilities[1])
        #expect(retrievabilities[2] == 1 && retrievabilities[3] == 1)
    }

    @Test func recordingOneAnswerAtATimeEqualsFoldingTheWholeHistory() {
        var generator = SeededGenerator(seed: 2026)
        var offset = 0.0
        let modes = ["practice", "review", "cram", "exam"]
        let confidences: [Confidence?] = [nil, .sure, .unsure, .guessing]
        let history = (0..<300).map { _ in
            offset += [1.0, 45, 600, 3600 * 5, 86_400, 86_400 * 9, 86_400 * 200].randomElement(using: &generator)!
            return answer(
                "q\(Int.random(in: 0..<12, using: &generator))", correct: Bool.random(using: &generator),
                seconds: Double.random(in: 1...60, using: &generator), at: offset,
                mode: modes.randomElement(using: &generator)!, confidence: confidences.randomElement(using: &generator)!
            )
        }
        var incremental = ReviewSchedule()
        for (count, answer) in history.enumerated() {
            incremental = incremental.recording(answer)
            if count % 25 == 24 {
                #expect(incremental == ReviewSchedule(answers: Array(history.prefix(count + 1))), "after \(count + 1) answers")
            }
        }
        #expect(incremental == ReviewSchedule(answers: history))
        #expect(Set(incremental.cards.values.map(\.state)) == Set(CardState.allCases))
    }
}
