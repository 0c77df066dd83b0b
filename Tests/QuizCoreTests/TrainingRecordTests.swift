import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// Module results and completion records are evidence a company keeps and exports: their JSON, written like the
/// progress file (ISO 8601 dates in UTC with milliseconds), is part of the contract.
@Suite struct TrainingRecordTests {
    let result = TrainingFixtures.result(TrainingFixtures.data, correct: 2, at: 12.5, testedOut: true)

    @Test func aModuleResultIsWrittenWithISODatesAndAFractionScore() throws {
        let json = String(decoding: try ProgressCoding.encoder().encode(result), as: UTF8.self)
        #expect(json == """
            {
              "bankFingerprint" : "f00d",
              "correct" : 2,
              "finishedAt" : "2027-01-15T08:00:12.500Z",
              "moduleId" : "t.data",
              "passMark" : 0.8,
              "passed" : true,
              "questionIds" : [
                "t.data.q1",
                "t.data.q2"
              ],
              "score" : 1,
              "session" : "train-earlier",
              "startedAt" : "2027-01-15T07:59:12.500Z",
              "testedOut" : true,
              "title" : "Your data",
              "total" : 2
            }
            """)
        #expect(try ProgressCoding.decoder().decode(ModuleResult.self, from: Data(json.utf8)) == result)
    }

    @Test func aCompletionRecordRoundTrips() throws {
        let record = try #require(CompletionRecord(
            profile: "ada", modules: [TrainingFixtures.data], results: [result], passMark: .standard, bankFingerprint: "f00d",
            completedAt: Fixtures.at(13)
        ))
        #expect(record.modules == [CompletionRecord.CompletedModule(result)])
        let data = try ProgressCoding.encoder().encode(record)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["completedAt"] as? String == "2027-01-15T08:00:13.000Z")
        #expect(object["passMark"] as? Double == 0.8)
        #expect(try ProgressCoding.decoder().decode(CompletionRecord.self, from: data) == record)
    }

    @Test func noRecordUntilEveryModuleIsPassed() {
        let failed = TrainingFixtures.result(TrainingFixtures.incidents, correct: 1, at: 20)
        #expect(CompletionRecord(
            profile: "ada", modules: [TrainingFixtures.data, TrainingFixtures.incidents], results: [result, failed], passMark: .standard,
            bankFingerprint: "f00d", completedAt: Fixtures.at(21)
        ) == nil)
    }

    @Test(arguments: [("80", 80), ("80%", 80), ("100", 100), ("1%", 1), ("0", nil), ("101", nil), ("0.8", nil), ("", nil), ("%", nil), ("-5", nil), ("٨٠", nil)])
    func passMarksAsTyped(text: String, percent: Int?) {
        #expect(PassMark(parsing: text)?.percent == percent)
    }

    @Test func aPassMarkIsMetInWholeNumbers() {
        let mark = PassMark.standard
        #expect(mark.isMet(correct: 4, total: 5))
        #expect(!mark.isMet(correct: 3, total: 5))
        #expect(!mark.isMet(correct: 6, total: 8))
        #expect(mark.isMet(correct: 7, total: 8))
        #expect(!mark.isMet(correct: 0, total: 0))
        #expect(mark.required(of: 8) == 7)
        #expect(mark.required(of: 5) == 4)
        #expect(PassMark(percent: 67)!.required(of: 3) == 3)
    }

    @Test func aPassMarkOutsideWholePercentsIsNotRead() throws {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([PassMark].self, from: Data("[0.805]".utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([PassMark].self, from: Data("[1.5]".utf8)) }
        #expect(try JSONDecoder().decode([PassMark].self, from: Data("[0.07]".utf8)) == [PassMark(percent: 7)!])
    }
}
