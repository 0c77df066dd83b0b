import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// The exam day kept in the profile: written when set, absent (and nil) in files from before it, range-checked.
@Suite struct ExamDateProfileTests {
    static func progressText(examDate: String?) throws -> String {
        var progress = ProgressFile(profile: "ada", createdAt: Fixtures.start)
        progress.examDate = examDate
        return String(decoding: try ProgressStore.encode(progress), as: UTF8.self)
    }

    @Test func anExamDateIsWrittenAndReadBack() throws {
        var progress = ProgressFile(profile: "ada", createdAt: Fixtures.start)
        progress.examDate = "2027-03-01"
        let data = try ProgressStore.encode(progress)
        #expect(String(decoding: data, as: UTF8.self).contains("\"examDate\" : \"2027-03-01\""))
        #expect(try ProgressStore.read(data, path: "/p/ada.json") == progress)
    }

    @Test func aFileWithoutOneLoadsWithNone() throws {
        let text = try Self.progressText(examDate: nil)
        #expect(!text.contains("examDate"), "nothing is written without a date, so older srm-quiz reads the file as before")
        #expect(try ProgressStore.read(Data(text.utf8), path: "/p/ada.json").examDate == nil)
    }

    @Test(arguments: [
        ("2027-13-01", "is not a day written YYYY-MM-DD"), ("2027-02-30", "is not a day written YYYY-MM-DD"),
        ("tomorrow", "is not a day written YYYY-MM-DD"), ("1999-12-31", "is outside the years 2000 to 9999"),
    ])
    func aDamagedExamDateIsRefusedNamingTheField(value: String, problem: String) throws {
        let text = try Self.progressText(examDate: "2027-03-01").replacingOccurrences(of: "2027-03-01", with: value)
        #expect {
            try ProgressStore.read(Data(text.utf8), path: "/p/ada.json")
        } throws: { error in
            let description = "\(error)"
            return description.contains("/p/ada.json") && description.contains("examDate") && description.contains(problem)
        }
    }
}
