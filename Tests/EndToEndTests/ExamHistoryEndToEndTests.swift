import Foundation
import QuizCore
import XCTest

/// Every exam is kept: a short exam sat from the home screen is reopened from Progress a day later (the clock moved
/// on by `faketime`, libfaketime, which CI installs), and `report` lists it.
final class ExamHistoryEndToEndTests: XCTestCase {
    /// The day-later clock: Debian's `faketime`, so the binary needs no test hook.
    private static let faketime = "/usr/bin/faketime"

    func testAShortExamFromHomeIsReopenedFromProgressADayLaterWithTheWrongFilter() throws {
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: Self.faketime), "faketime is not installed (apt-get install faketime)")
        let app = try AppUnderTest()
        var tmux = try Tmux(command: app.paneCommand(["--seed", "5"] + app.options(bundledBank: true), environment: ["NO_COLOR=1"]))
        try tmux.waitFor("1. Practice")
        try tmux.send("2")
        try tmux.waitFor("Enter starts it.")
        try tmux.send("j")
        try tmux.send("Space")
        try tmux.waitFor("This exam: 20 questions in 28 minutes")
        try tmux.send("Enter")
        try tmux.waitFor("Question 1 of 20 · 0 of 20 answered")
        for number in 1...20 {
            let screen = try tmux.settledScreen()
            try tmux.send("1")
            if screen.contains("(Choose two.)") { try tmux.send("2") }
            if number <= 2 { try tmux.send("f") }
            try tmux.waitFor("\(number) of 20 answered")
            if number < 20 {
                try tmux.send("n")
                try tmux.waitFor("Question \(number + 1) of 20 ·")
            }
        }
        try tmux.send("s")
        try tmux.waitFor("Submit the exam?")
        try tmux.send("y")
        try tmux.waitFor("Exam result")
        try tmux.send("Escape")
        try tmux.waitFor("1. Practice")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")

        let record = try XCTUnwrap(try app.progress()?.exams.first)
        let items = try XCTUnwrap(record.items, "the exam keeps every question's answer")
        XCTAssertEqual(items.map(\.flagged), [true, true] + Array(repeating: false, count: 18))
        let wrong = try XCTUnwrap(items.firstIndex { $0.wasAttempted && !$0.correct }, "answering 1 everywhere got none wrong")

        tmux = try Tmux(command: app.paneCommand(
            app.options(bundledBank: true), environment: ["NO_COLOR=1"], launcher: [Self.faketime, "-f", "+1d"]
        ))
        try tmux.waitFor("1. Practice")
        try tmux.send("7")
        var screen = try tmux.waitFor("e opens the latest)")
        try tmux.send("e")
        screen = try tmux.waitFor("Exam of ")
        XCTAssertTrue(screen.contains("Exam of \(ISODate.text(record.finishedAt).prefix(10))"), screen)
        try tmux.send("w")
        screen = try tmux.waitFor("[w Wrong (")
        screen = try tmux.settledScreen()
        XCTAssertTrue(screen.contains("Question \(wrong + 1) of 20 · ✘ Wrong"), screen)
        XCTAssertTrue(screen.contains("(your answer)"), screen)
        XCTAssertNotNil(screen.firstMatch(of: /Your answer: \d( and \d)?; right answer: \d( and \d)?\./), screen)
        XCTAssertFalse(screen.contains("✔ Correct"), "the wrong filter shows no right answer:\n\(screen)")
        try tmux.send("q")
        try tmux.waitFor("Your progress")

        let report = try app.run(["report", "--format", "json"] + app.options(bundledBank: true))
        let later = try app.run(["report", "--format", "json"] + app.options(bundledBank: true), launcher: [Self.faketime, "-f", "+1d"])
        let format = ISO8601DateFormatter()
        format.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let generated = { (json: String) in try XCTUnwrap(json.firstMatch(of: /"generatedAt" : "([^"]+)"/).flatMap { format.date(from: String($0.1)) }, json) }
        XCTAssertGreaterThan(try generated(later.stdout).timeIntervalSince(try generated(report.stdout)), 86_000, "faketime moved the binary's clock a day on")
    }

    func testReportListsAnExamWithItsTimeUsedAndHowItEnded() throws {
        let app = try AppUnderTest()
        let tmux = try Tmux(command: app.paneCommand(["exam", "--now", "--questions", "3", "--minutes", "20", "--seed", "8"] + app.options()))
        try tmux.waitFor("Question 1 of 3 · 0 of 3 answered")
        try tmux.send("1")
        try tmux.waitFor("1 of 3 answered")
        try tmux.send("s")
        try tmux.waitFor("Submit the exam?")
        try tmux.send("y")
        try tmux.waitFor("Exam result")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
        let record = try XCTUnwrap(try app.progress()?.exams.first)
        let exam = ExamHistory.Exam(record)

        let text = try app.run(["report"] + app.options())
        XCTAssertEqual(text.status, 0, text.stderr)
        let line = try XCTUnwrap(text.stdout.split(separator: "\n").first { $0.contains("\(record.correct) of 3") && $0.contains("used") }, text.stdout)
        XCTAssertTrue(line.hasSuffix("\(exam.timeUsedText) used, submitted"), String(line))
        XCTAssertTrue(line.contains(" \(record.scaledEstimate) estimated  "), String(line))

        let json = try app.run(["report", "--format", "json"] + app.options())
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let taken = try XCTUnwrap((object["exams"] as? [String: Any])?["taken"] as? [[String: Any]])
        XCTAssertEqual(taken.count, 1)
        XCTAssertEqual(taken.first?["secondsUsed"] as? Int, record.secondsUsed)
        XCTAssertEqual(taken.first?["howEnded"] as? String, "submitted")
        XCTAssertEqual(taken.first?["scaledEstimate"] as? Int, record.scaledEstimate)
    }
}
