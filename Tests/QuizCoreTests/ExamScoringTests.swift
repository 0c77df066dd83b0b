import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

@Suite struct ExamScoringTests {
    @Test func scaledEstimateIsAStraightLineFrom100To1000() {
        #expect(ScaledScore.estimate(correct: 0, total: 65) == 100)
        #expect(ScaledScore.estimate(correct: 65, total: 65) == 1000)
        #expect(ScaledScore.estimate(correct: 7, total: 10) == 730)
        #expect(ScaledScore.estimate(correct: 46, total: 65) == 737)
        #expect(ScaledScore.estimate(correct: 2, total: 3) == 700)
        #expect(ScaledScore.estimate(correct: 43, total: 65) == 695)
        #expect(ScaledScore.estimate(correct: 0, total: 0) == 100)
    }

    func result(_ pairs: [(topic: String, isCorrect: Bool)]) -> ExamResult {
        ExamResult(
            examID: "e1", startedAt: Fixtures.start, finishedAt: Fixtures.at(600), howEnded: .submitted,
            questions: pairs.enumerated().map {
                ExamQuestionOutcome(questionID: "q\($0.offset)", topic: $0.element.topic, chosen: [0], isCorrect: $0.element.isCorrect, seconds: 1)
            },
            secondsUsed: 600
        )
    }

    @Test func passAtTheLineAndFailBelowIt() {
        let atTheLine = result(Array(repeating: ("a", true), count: 2) + [("a", false)])
        #expect(atTheLine.scaledEstimate == 700)
        #expect(atTheLine.passed)
        let below = result(Array(repeating: ("a", true), count: 43) + Array(repeating: ("a", false), count: 22))
        #expect(below.scaledEstimate == 695)
        #expect(!below.passed)
        let none = result(Array(repeating: ("a", false), count: 65))
        #expect((none.correct, none.total, none.scaledEstimate, none.passed) == (0, 65, 100, false))
        let all = result(Array(repeating: ("a", true), count: 65))
        #expect((all.correct, all.total, all.scaledEstimate, all.passed) == (65, 65, 1000, true))
    }

    @Test func topicsMeetTheStandardAtSeventyPercent() {
        let mixed = result(
            Array(repeating: ("basics", true), count: 7) + Array(repeating: ("basics", false), count: 3)
                + Array(repeating: ("services", true), count: 2) + Array(repeating: ("services", false), count: 1)
                + [("data", true), ("data", false)]
        )
        #expect(mixed.topics == [
            TopicScore(topic: "basics", correct: 7, total: 10),
            TopicScore(topic: "data", correct: 1, total: 2),
            TopicScore(topic: "services", correct: 2, total: 3),
        ])
        #expect(mixed.topics.map(\.meets) == [true, false, false])
        #expect(TopicScore(topic: "x", correct: 69, total: 100).meets == false)
        #expect(TopicScore(topic: "x", correct: 70, total: 100).meets == true)
    }

    @Test func questionsAreAllOrNothingAndUnansweredCountsAsWrong() {
        let exam = Fixtures.exam([Fixtures.single, Fixtures.multiple, Fixtures.multiple, Fixtures.owner])
        var session = exam
        session.picks = [[0], [0, 2], [0], []]
        let result = ExamResult(session: session, howEnded: .submitted, at: Fixtures.at(60))
        #expect(result.questions.map(\.isCorrect) == [true, true, false, false])
        #expect(result.questions.map(\.chosen) == [[0], [0, 2], [0], []])
        #expect(result.correct == 2)
        #expect(result.total == 4)
        #expect(result.scaledEstimate == 550)
    }

    /// Every question is recorded, in bank order; one left alone as a wrong answer with nothing chosen.
    @Test func theAnswersRecordedAreEveryQuestionInBankOrder() {
        let item = SessionItem(question: Fixtures.multiple, order: [3, 2, 1, 0])
        var session = ExamSession(
            id: "e1", settings: ExamSettings(seed: 1), items: [item, SessionItem(question: Fixtures.owner, order: [0, 1, 2])],
            startedAt: Fixtures.start
        )
        session.picks = [[1, 3], []]
        session.secondsOnQuestion = [42, 3]
        let result = ExamResult(session: session, howEnded: .timeExpired, at: Fixtures.at(5400))
        #expect(result.answerOutcomes == [
            AnswerOutcome(questionID: "t.multiple", topic: "basics", chosen: [0, 2], isCorrect: true, seconds: 42, answeredAt: Fixtures.at(5400)),
            AnswerOutcome(questionID: "t.owner", topic: "services", chosen: [], isCorrect: false, seconds: 3, answeredAt: Fixtures.at(5400)),
        ])
        let record = AnswerRecord(result.answerOutcomes[0], session: result.examID, mode: ExamResult.progressMode)
        #expect(record.mode == "exam")
        #expect(record.session == "e1")
    }

    @Test func theRecordSummarisesTheExam() throws {
        let result = ExamResult(
            examID: "exam-1", startedAt: Fixtures.start, finishedAt: Fixtures.at(3000), howEnded: .timeExpired,
            questions: [
                ExamQuestionOutcome(questionID: "a", topic: "basics", chosen: [0], isCorrect: true, seconds: 10),
                ExamQuestionOutcome(questionID: "b", topic: "services", chosen: [], isCorrect: false, seconds: 0),
            ],
            secondsUsed: 2990
        )
        let record = ExamRecord(result)
        #expect(record.id == "exam-1")
        #expect(record.startedAt == Fixtures.start)
        #expect(record.finishedAt == Fixtures.at(3000))
        #expect((record.questions, record.correct, record.scaledEstimate, record.passed) == (2, 1, 550, false))
        #expect(record.topics == [
            TopicScore(topic: "basics", correct: 1, total: 1), TopicScore(topic: "services", correct: 0, total: 1),
        ])
        #expect(record.secondsUsed == 2990)
        #expect(record.howEnded == .timeExpired)
        let data = try ProgressCoding.encoder().encode(record)
        #expect(try ProgressCoding.decoder().decode(ExamRecord.self, from: data) == record)
        let json = String(decoding: data, as: UTF8.self)
        #expect(json.contains("\"howEnded\" : \"timeExpired\""))
        #expect(json.contains("\"meets\" : true"))
    }
}
