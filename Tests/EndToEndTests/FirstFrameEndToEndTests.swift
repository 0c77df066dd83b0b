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
        XCTAssertEqual(try Data(contentsOf: journal).count, 0, "the journal is folded into the file while the screen is open")
        XCTAssertEqual(try XCTUnwrap(try app.progress()).answers, answers, "folding changes no answer")

        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
        XCTAssertEqual(try XCTUnwrap(try app.progress()).answers, answers)
        XCTAssertTrue(FileManager.default.fileExists(atPath: app.savedExamFile.path), "the saved exam still waits")
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
