import Foundation
import QuizCore
import XCTest

/// Training and the matrix drill through the real binary.
final class TrainingAndDrillEndToEndTests: XCTestCase {
    func testAModuleIsReadThenAnsweredAndItsResultSaved() throws {
        let app = try AppUnderTest()
        let tmux = try Tmux(command: app.paneCommand(["train", "--seed", "2"] + app.options()))
        var screen = try tmux.waitFor("Awareness training")
        XCTAssertTrue(screen.contains("pass mark 50%"), screen)
        XCTAssertTrue(screen.contains("The end-to-end module"), screen)
        try tmux.send("Enter")
        screen = try tmux.waitFor("A single page")
        try tmux.send("Right")
        try tmux.waitFor("Question 1 of 2")
        try tmux.send("1")
        try tmux.waitFor("Source:")
        try tmux.send("Enter")
        try tmux.waitFor("Question 2 of 2")
        try tmux.send("1")
        try tmux.waitFor("Source:")
        try tmux.send("Enter")
        screen = try tmux.waitFor("pass mark 50%")
        XCTAssertTrue(screen.contains("Passed") || screen.contains("Not yet passed"), screen)
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
        let progress = try XCTUnwrap(try app.progress())
        XCTAssertEqual(progress.answers.map(\.mode), ["train", "train"])
        XCTAssertEqual(progress.trainingResults.map(\.moduleID), ["training.e2e-basics"])
        XCTAssertEqual(progress.trainingResults.first?.total, 2)
        XCTAssertEqual(progress.completions.count, progress.trainingResults.first?.passed == true ? 1 : 0)
    }

    /// At 60x16 the bundled training's first module is read page by page with Enter alone: every page to its
    /// end before the next, then its questions.
    func testTeachingPagesAreReadToTheirEndWithEnterAloneAt60x16() throws {
        let app = try AppUnderTest()
        let tmux = try Tmux(width: 60, height: 16, command: app.paneCommand(["train", "--seed", "2"] + app.options(bundledBank: true)))
        var screen = try tmux.waitFor("Awareness training")
        try tmux.send("Enter")
        screen = try tmux.waitFor("page 1 of")
        var pagesRead = 0
        var reads = 0
        while !screen.contains("Question 1 of"), pagesRead < 6 {
            let (end, presses) = try tmux.readOnWithEnter()
            reads += presses
            XCTAssertFalse(end.contains("more lines below"), "the page was read to its end:\n\(end)")
            pagesRead += 1
            try tmux.send("Enter")
            screen = try tmux.waitForChange(from: end)
        }
        XCTAssertGreaterThan(reads, 0, "some teaching page is longer than 60x16")
        XCTAssertGreaterThanOrEqual(pagesRead, 2)
        try tmux.waitFor("Question 1 of")
        try tmux.send("q")
        try tmux.waitFor("Leave this session?")
        try tmux.send("y")
        try tmux.waitFor("EXIT=0")
    }

    func testADrillPickedForTheLearnerIsMarkedAndSaved() throws {
        let app = try AppUnderTest()
        let tmux = try Tmux(command: app.paneCommand(["drill", "--seed", "3"] + app.options(bundledBank: true)))
        try tmux.waitFor("tick the services")
        try tmux.send("r")
        var screen = try tmux.waitFor("Set 0 of")
        try tmux.send("a")
        try tmux.send("c")
        try tmux.send("s")
        try tmux.waitFor("Set 3 of")
        try tmux.send("Enter")
        try tmux.waitFor("Submit anyway?")
        try tmux.send("y")
        screen = try tmux.waitFor("Score ")
        XCTAssertTrue(screen.contains("blank"), screen)
        try tmux.send("Enter")
        try tmux.waitFor("Matrix drill")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
        let answers = try XCTUnwrap(try app.progress()).answers
        XCTAssertEqual(answers.map(\.mode), ["drill", "drill", "drill"], "one key per cell: a, c, s set three cells")
        XCTAssertTrue(answers.allSatisfy { $0.questionId.hasPrefix("matrix.owner.") })
    }
}
