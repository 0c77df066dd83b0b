import Foundation
import QuizCore
import XCTest

/// The mock exam through the real binary: killed mid-exam, it resumes with its answers and the time that was left.
final class ExamEndToEndTests: XCTestCase {
    func testAnExamKilledMidwayResumesWithItsAnswersAndTimeThenSubmits() throws {
        let app = try AppUnderTest()
        let arguments = ["exam", "--questions", "3", "--minutes", "20", "--seed", "8"] + app.options()
        var tmux = try Tmux(command: app.paneCommand(arguments))
        var screen = try tmux.waitFor("Question 1 of 3 · 0 of 3 answered")
        XCTAssertTrue(screen.contains("Time left 20:00"), screen)
        try tmux.send("1")
        try tmux.waitFor("1 of 3 answered")
        try tmux.send("f")
        try tmux.send("n")
        try tmux.waitFor("Question 2 of 3")
        let killed = try Command.run("pkill", ["-KILL", "-f", "--", "^\(AppUnderTest.binary.path) .*--data-dir \(app.dataDirectory.path)"])
        XCTAssertEqual(killed.status, 0, "no srm-quiz process found to kill")
        try tmux.waitFor("EXIT=137")
        XCTAssertNil(try app.progress(), "nothing is recorded before the exam is submitted")

        tmux = try Tmux(command: app.paneCommand(arguments))
        screen = try tmux.waitFor("An unfinished exam is waiting")
        XCTAssertTrue(screen.contains("You have answered 1 of 3 questions and flagged 1"), screen)
        XCTAssertTrue(screen.contains("of the 20 minutes are"), screen)
        try tmux.send("y")
        screen = try tmux.waitFor("Question 2 of 3 · 1 of 3 answered")
        try tmux.send("r")
        screen = try tmux.waitFor("flagged")
        try tmux.send("s")
        try tmux.waitFor("Submit the exam?")
        try tmux.send("y")
        screen = try tmux.waitFor("Exam result")
        XCTAssertTrue(screen.contains("Estimated scaled score"), screen)
        XCTAssertTrue(screen.contains("estimate: AWS does not publish"), screen)
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")

        let progress = try XCTUnwrap(try app.progress())
        XCTAssertEqual(progress.exams.count, 1)
        XCTAssertEqual(progress.exams.first?.questions, 3)
        XCTAssertEqual(progress.answers.map(\.mode), ["exam", "exam", "exam"], "every question, the unanswered ones as wrong")
        XCTAssertEqual(progress.answers.map(\.chosen.isEmpty), [false, true, true])
        XCTAssertEqual(progress.answers.map(\.correct).filter { $0 }.count, progress.exams.first?.correct)
        XCTAssertFalse(FileManager.default.fileExists(atPath: app.progressFile.deletingPathExtension().appendingPathExtension("exam.json").path),
                       "a submitted exam leaves no saved exam behind")
    }

    func testQuittingAnExamKeepsItForLater() throws {
        let app = try AppUnderTest()
        let tmux = try Tmux(command: app.paneCommand(["exam", "--questions", "2", "--seed", "3"] + app.options()))
        try tmux.waitFor("Question 1 of 2")
        try tmux.send("q")
        let screen = try tmux.waitFor("Leave the exam?")
        XCTAssertTrue(screen.contains("choose Exam again to resume it."), screen)
        try tmux.send("y")
        try tmux.waitFor("EXIT=0")
        let saved = try XCTUnwrap(try ExamSnapshotStore(progressFile: app.progressFile).load())
        XCTAssertEqual(saved.questions.count, 2)
    }
}
