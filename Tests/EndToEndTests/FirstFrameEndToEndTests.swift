import Foundation
import QuizCore
import XCTest

/// What the home screen leaves until after its first frame (folding the journal, the figures from the whole
/// history, the saved exam) is all there before the learner's first key, and saves what opening always saved.
final class FirstFrameEndToEndTests: XCTestCase {
    func testHomeFoldsTheJournalAndShowsTheHistoryAndTheSavedExamBeforeTheFirstKey() throws {
        let app = try AppUnderTest()
        let exam = try app.run(["exam", "--now", "--plain", "--questions", "3", "--minutes", "20", "--seed", "8"] + app.options(), input: "1\nq\n")
        XCTAssertEqual(exam.status, 0, exam.stderr)
        let practice = try app.run(["practice", "--plain", "--seed", "6", "--count", "3"] + app.options(), input: "2\n2\n2\n")
        XCTAssertEqual(practice.status, 0, practice.stderr)
        let journal = app.progressFile.deletingPathExtension().appendingPathExtension("journal")
        XCTAssertGreaterThan(try Data(contentsOf: journal).count, 0, "the later answers wait in the journal")
        let answers = try XCTUnwrap(try app.progress()).answers

        let tmux = try Tmux(command: app.paneCommand(app.options()))
        let home = try tmux.waitFor("in progress: 1 of 3 answered")
        XCTAssertNotNil(home.range(of: #"Review +[0-9]+ due now"#, options: .regularExpression), home)
        XCTAssertFalse(home.contains("counting what is due"), home)
        XCTAssertTrue(home.contains("m the "), "the practice line names the missed questions: \(home)")
        let deadline = Date().addingTimeInterval(10)
        while try Data(contentsOf: journal).count > 0, Date() < deadline { usleep(20_000) }
        XCTAssertEqual(try Data(contentsOf: journal).count, 0, "the journal is folded into the file (in the background) while the screen is open")
        XCTAssertEqual(try XCTUnwrap(try app.progress()).answers, answers, "folding changes no answer")

        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
        XCTAssertEqual(try XCTUnwrap(try app.progress()).answers, answers)
        XCTAssertTrue(FileManager.default.fileExists(atPath: app.savedExamFile.path), "the saved exam still waits")
    }

    /// An answer given as soon as the first question is up, while the journal of earlier runs may still be folded
    /// in the background, is saved after the fold and lost by neither.
    func testAnAnswerGivenAsSoonAsPossibleIsKeptWithEveryEarlierOne() throws {
        let app = try AppUnderTest()
        let practice = try app.run(["practice", "--plain", "--seed", "6", "--count", "3"] + app.options(), input: "2\n2\n2\n")
        XCTAssertEqual(practice.status, 0, practice.stderr)
        let before = try XCTUnwrap(try app.progress()).answers
        let tmux = try Tmux(command: app.paneCommand(["--seed", "3"] + app.options()))
        try tmux.send("Enter")
        try tmux.waitFor("Question 1 of")
        try tmux.send("1", "2", "Enter")
        let deadline = Date().addingTimeInterval(10)
        while (try app.progress()?.answers.count ?? 0) <= before.count, Date() < deadline { usleep(20_000) }
        try tmux.send("q")
        try tmux.waitFor("Leave this session?")
        try tmux.send("y")
        try tmux.waitFor("Question bank:")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
        let after = try XCTUnwrap(try app.progress()).answers
        XCTAssertEqual(Array(after.prefix(before.count)), before)
        XCTAssertEqual(after.count, before.count + 1, "the answer given at once is saved")
    }

    func testASavedExamThatCannotBeResumedIsMovedAsideAndSaidSoOnTheScreenAndAfterIt() throws {
        let app = try AppUnderTest()
        try FileManager.default.createDirectory(at: app.savedExamFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{ not an exam".utf8).write(to: app.savedExamFile)
        let tmux = try Tmux(command: app.paneCommand(app.options()))
        let home = try tmux.waitFor("could not be resumed")
        XCTAssertTrue(home.contains("moved to"), home)
        try tmux.send("q")
        let after = try tmux.waitFor("EXIT=0")
        XCTAssertTrue(after.contains("could not be resumed"), "printed again once the screen is closed: \(after)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: app.savedExamFile.path), "moved aside")
    }
}
