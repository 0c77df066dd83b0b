import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// An answer's credit in the progress file: written only where `correct` does not say it (a half-right drill cell),
/// read as 1 or 0 from `correct` in older files, kept through the journal and the snapshot, and checked.
@Suite struct AnswerCreditTests {
    static let half = AnswerOutcome(
        questionID: "matrix.owner.s3.encryption-at-rest", topic: MatrixQuestions.topic, chosen: [1], isCorrect: false, seconds: 2,
        answeredAt: Fixtures.at(5), credit: 0.5
    )

    func json(_ record: AnswerRecord) throws -> JSONDocument {
        try JSONDocument.parse(String(decoding: try ProgressCoding.encoder().encode(record), as: UTF8.self))
    }

    func read(_ text: String) throws -> AnswerRecord {
        try ProgressCoding.decoder().decode(AnswerRecord.self, from: Data(text.utf8))
    }

    @Test func onlyAPartialCreditIsWritten() throws {
        let half = AnswerRecord(Self.half, session: "d1", mode: "drill")
        #expect(try json(half)["credit"] == .number(0.5))
        #expect(try json(half)["correct"] == .bool(false))
        let right = AnswerRecord(
            AnswerOutcome(questionID: "t.single", topic: "basics", chosen: [0], isCorrect: true, seconds: 2, answeredAt: Fixtures.start),
            session: "s1", mode: "practice"
        )
        #expect(right.credit == 1)
        #expect(try json(right)["credit"] == nil)
    }

    @Test func anAnswerWithoutCreditEarnsWhatCorrectSays() throws {
        let fields = #""topic": "basics", "chosen": [0], "seconds": 1, "answeredAt": "2026-11-22T09:05:12.345Z", "session": "s", "mode": "practice""#
        #expect(try read(#"{"questionId": "a", "correct": true, \#(fields)}"#).credit == 1)
        #expect(try read(#"{"questionId": "a", "correct": false, \#(fields)}"#).credit == 0)
        #expect(try read(#"{"questionId": "a", "correct": false, "credit": 0.5, \#(fields)}"#).credit == 0.5)
    }

    @Test(arguments: [#""correct": true, "credit": 0.5"#, #""correct": false, "credit": 1"#, #""correct": false, "credit": 1.5"#, #""correct": false, "credit": -0.5"#])
    func aCreditThatDisagreesOrIsOutOfRangeIsRefused(members: String) {
        let text = #"{"questionId": "a", \#(members), "topic": "basics", "chosen": [0], "seconds": 1, "answeredAt": "2026-11-22T09:05:12.345Z", "session": "s", "mode": "drill"}"#
        #expect(throws: DecodingError.self) { try read(text) }
    }

    @Test func theCreditSurvivesTheJournalAndTheSnapshotAndCountsInTheTotals() throws {
        let store = ProgressStore(dataDirectory: try Fixtures.temporaryDirectory(), profile: try ProfileName("ada"))
        var progress = ProgressFile(profile: "ada", createdAt: Fixtures.start)
        try store.record([.answer(Self.half, sessionID: "d1", mode: .drill)], into: &progress)
        try store.record([.answer(Self.half, sessionID: "d1", mode: .drill)], into: &progress)
        let loaded = try #require(try store.load())
        #expect(loaded.answers.map(\.credit) == [0.5, 0.5])
        #expect(loaded.totals.overall == ProgressTotals.Tally(answered: 2, correct: 1))
        #expect(loaded.questions[Self.half.questionID]?.correct == 0, "the per-question count is of full-credit answers")
        try store.compact(loaded)
        #expect(try store.load() == loaded)
    }
}
