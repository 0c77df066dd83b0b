import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// Completion records as CSV, read back by an RFC 4180 reader: the documented columns, one row per completion, and
/// quoting that keeps commas, quotes and line breaks inside their field.
@Suite struct CompletionCSVTests {
    @Test func theFixtureCompletionIsOneRowWithEveryModule() throws {
        let progress = try #require(try ProgressStore(fileURL: XAPIExportTests.fixtureURL).load())
        let order = try XAPIExportTests.bundled.get().trainingModules.map(\.id)
        let text = CompletionCSV.text(progress.completions, trainingOrder: order)
        #expect(text.hasSuffix("\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "rows end with CRLF")
        let rows = try DelimitedTextParser.parse(text, separator: ",")
        try #require(rows.count == 2)
        let header = rows[0]
        #expect(Array(header.prefix(8)) == CompletionCSV.fixedColumns)
        #expect(header.count == 8 + order.count * 3)
        #expect(Array(header[8...10]) == ["training.of-and-in scorePercent", "training.of-and-in passedAt", "training.of-and-in testedOut"])
        let row = Dictionary(uniqueKeysWithValues: zip(header, rows[1]))
        #expect(row["profile"] == "ada")
        #expect(row["completedAt"] == "2026-10-15T14:04:10.250Z")
        #expect(row["passMarkPercent"] == "80")
        #expect(row["modulesPassed"] == "5")
        #expect(row["scorePercent"] == "97.1")
        #expect(row["correct"] == "33")
        #expect(row["total"] == "34")
        #expect(row["bankFingerprint"] == "3f1c0ffee")
        #expect(row["training.your-data scorePercent"] == "83.3")
        #expect(row["training.identity-access testedOut"] == "true")
        #expect(row["training.incidents passedAt"] == "2026-10-15T14:04:10.250Z")
    }

    @Test func fieldsWithCommasQuotesAndLineBreaksAreQuoted() throws {
        let modules = [TrainingFixtures.basics, TrainingFixtures.data]
        let results = [TrainingFixtures.result(TrainingFixtures.basics, correct: 4, at: 10), TrainingFixtures.result(TrainingFixtures.data, correct: 2, at: 20)]
        let profile = "Lovelace, Ada \"the Countess\"\nof London"
        let record = try #require(CompletionRecord(
            profile: profile, modules: modules, results: results, passMark: .standard, bankFingerprint: "f00d", completedAt: Fixtures.at(21)
        ))
        let text = CompletionCSV.text([record], trainingOrder: modules.map(\.id))
        #expect(text.contains(#""Lovelace, Ada ""the Countess"""#))
        let rows = try DelimitedTextParser.parse(text, separator: ",")
        #expect(rows.count == 2)
        #expect(rows[1][0] == profile)
        #expect(rows[1].count == rows[0].count)
        #expect(Array(rows[1][8...]) == ["80", "2027-01-15T08:00:10.000Z", "false", "100", "2027-01-15T08:00:20.000Z", "false"])
    }

    @Test func modulesOnlyOlderRecordsNameComeLastAndMissingOnesAreEmpty() throws {
        let old = try #require(CompletionRecord(
            profile: "ada", modules: [TrainingFixtures.incidents], results: [TrainingFixtures.result(TrainingFixtures.incidents, correct: 2, at: 5)],
            passMark: .standard, bankFingerprint: "old", completedAt: Fixtures.at(6)
        ))
        let new = try #require(CompletionRecord(
            profile: "ada", modules: [TrainingFixtures.data], results: [TrainingFixtures.result(TrainingFixtures.data, correct: 2, at: 7)],
            passMark: .standard, bankFingerprint: "new", completedAt: Fixtures.at(8)
        ))
        let rows = try DelimitedTextParser.parse(CompletionCSV.text([old, new], trainingOrder: [TrainingFixtures.data.id]), separator: ",")
        #expect(rows.count == 3)
        #expect(rows[0][8] == "t.data scorePercent")
        #expect(rows[0][11] == "t.incidents scorePercent")
        #expect(Array(rows[1][8...10]) == ["", "", ""])
        #expect(Array(rows[2][11...13]) == ["", "", ""])
        #expect(rows[2][8] == "100")
    }

    @Test func noCompletionsIsTheHeaderAlone() throws {
        let rows = try DelimitedTextParser.parse(CompletionCSV.text([], trainingOrder: ["m1"]), separator: ",")
        #expect(rows == [CompletionCSV.fixedColumns + ["m1 scorePercent", "m1 passedAt", "m1 testedOut"]])
    }

    @Test(arguments: [(6, 7, "85.7"), (4, 5, "80"), (2, 3, "66.7"), (1, 3, "33.3"), (7, 7, "100"), (0, 4, "0"), (0, 0, "")])
    func percentagesHaveAtMostOneDecimal(correct: Int, total: Int, expected: String) {
        #expect(TrainingScore(correct: correct, total: total).percentNumber == expected)
    }
}
