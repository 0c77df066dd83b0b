import Foundation
import QuizCore
import XCTest

/// `--exam-date` through the real binary: refused with 64 naming the date when it cannot be planned for; otherwise
/// kept in the profile, and the plan shown by `report` (text and JSON) and on the Progress screen.
final class ReadinessEndToEndTests: XCTestCase {
    static func day(in days: Int) -> String {
        ExamDay(containing: Date().addingTimeInterval(Double(days) * 86_400)).description
    }

    func testABadExamDateExitsSixtyFourNamingItAndKeepsNothing() throws {
        let app = try AppUnderTest()
        for (arguments, date) in [
            (["report"], "2027-02-30"), (["report", "--format", "json"], "next week"), (["--plain"], Self.day(in: -3)),
            (["home", "--plain"], Self.day(in: 0)), (["report"], Self.day(in: 900)),
        ] {
            let result = try app.run(arguments + ["--exam-date", date] + app.options(), input: "8\n")
            XCTAssertEqual(result.status, 64, "\(arguments) \(date): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("--exam-date \(date)"), result.stderr)
            XCTAssertEqual(result.stdout, "", "nothing is shown before the date is accepted")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: app.progressFile.deletingLastPathComponent().path), "refused before any file is opened")
        let team = try app.run(["report", "--team", app.dataDirectory.path, "--exam-date", Self.day(in: 10)] + app.options())
        XCTAssertEqual(team.status, 64, team.stderr)
        XCTAssertTrue(team.stderr.contains("--exam-date is for a learner's own report"), team.stderr)
    }

    func testAGoodExamDateIsKeptAndShowsAPlanInTheReportAndOnTheProgressScreen() throws {
        let app = try AppUnderTest()
        let date = Self.day(in: 20)
        let text = try app.run(["report", "--exam-date", date] + app.options())
        XCTAssertEqual(text.status, 0, text.stderr)
        for expected in ["Readiness (an estimate)", "  Overall ", "  Exam on \(date), 20 days left: about ", "Kept, the estimated score then: "] {
            XCTAssertTrue(text.stdout.contains(expected), "\(expected) not in:\n\(text.stdout)")
        }
        XCTAssertEqual(try app.progress()?.examDate, date)

        let json = try app.run(["report", "--format", "json"] + app.options())
        XCTAssertEqual(json.status, 0, json.stderr)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let readiness = try XCTUnwrap(object["readiness"] as? [String: Any])
        XCTAssertEqual(readiness["examDate"] as? String, date, "given once, kept in the profile")
        let plan = try XCTUnwrap(readiness["plan"] as? [String: Any])
        XCTAssertEqual(plan["days"] as? Int, 20)
        XCTAssertGreaterThan(try XCTUnwrap(plan["reviewsPerDay"] as? Int), 0)
        let overall = try XCTUnwrap((readiness["estimate"] as? [String: Any])?["overall"] as? [String: Any])
        XCTAssertNotNil(overall["low"] as? Double)

        let later = Self.day(in: 40)
        let home = try app.run(["--plain", "--exam-date", later] + app.options(), input: "7\nq\n8\n")
        XCTAssertEqual(home.status, 0, home.stderr)
        XCTAssertTrue(home.stdout.contains("Readiness (an estimate)"), home.stdout)
        XCTAssertTrue(home.stdout.contains("Exam on \(later), 40 days left: about "), home.stdout)
        XCTAssertEqual(try app.progress()?.examDate, later, "a new date replaces the kept one")
    }

    func testKeepingTheDateLosesNoAnswerWaitingInTheJournal() throws {
        let app = try AppUnderTest()
        let practice = try app.run(["practice", "--plain", "--seed", "6", "--count", "3"] + app.options(), input: "1\n2\n1\n")
        XCTAssertEqual(practice.status, 0, practice.stderr)
        let journal = app.progressFile.deletingPathExtension().appendingPathExtension("journal")
        XCTAssertGreaterThan(try Data(contentsOf: journal).count, 0, "the later answers wait in the journal")
        let answered = try XCTUnwrap(try app.progress()).answers.count
        XCTAssertGreaterThan(answered, 1)
        let date = Self.day(in: 5)
        let report = try app.run(["report", "--exam-date", date] + app.options())
        XCTAssertEqual(report.status, 0, report.stderr)
        let progress = try XCTUnwrap(try app.progress())
        XCTAssertEqual(progress.answers.count, answered)
        XCTAssertEqual(progress.examDate, date)
        XCTAssertTrue(report.stdout.contains("Answered \(answered),"), report.stdout)
        XCTAssertEqual(try Data(contentsOf: journal).count, 0, "folded into the file kept whole")
    }
}
