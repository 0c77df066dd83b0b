import Foundation
import QuizCore
import XCTest

/// Plain mode through the real binary: answers piped in, lines of text out, no escape sequences.
final class PlainModeEndToEndTests: XCTestCase {
    /// Seed 6 draws the fixture bank's single-choice and owner questions first, which take one number each.
    func testPipedAnswersPlayASessionToItsSummary() throws {
        let app = try AppUnderTest()
        let result = try Command.run(AppUnderTest.binary.path, ["practice", "--plain", "--seed", "6", "--count", "2"] + app.options(), input: "1\n2\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Question 1 of 2"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Question 2 of 2"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Session complete"), result.stdout)
        XCTAssertFalse(result.stdout.contains("\u{1B}"), "plain output carries no escape sequence")
        XCTAssertEqual(try app.progress()?.answers.count, 2)
    }

    func testAWrongAnswerIsExplainedAndAskedAgain() throws {
        let app = try AppUnderTest()
        let result = try Command.run(AppUnderTest.binary.path, ["practice", "--seed", "6", "--count", "1"] + app.options(), input: "9\nq\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("\"9\" is not a choice"), result.stdout)
        XCTAssertNil(try app.progress(), "nothing was answered")
    }

    func testEndOfInputLeavesKeepingWhatWasAnswered() throws {
        let app = try AppUnderTest()
        let result = try Command.run(AppUnderTest.binary.path, ["practice", "--seed", "6", "--count", "3"] + app.options(), input: "1\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("End of input"), result.stdout)
        XCTAssertEqual(try app.progress()?.answers.count, 1)
    }

    func testAFullScreenModeSaysItNeedsATerminal() throws {
        let app = try AppUnderTest()
        let result = try Command.run(AppUnderTest.binary.path, ["exam", "--questions", "2"] + app.options(), input: "")
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(result.stderr.contains("this mode needs a terminal"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: app.progressFile.deletingPathExtension().appendingPathExtension("exam.json").path))
    }

    func testTrainingInPlainModeReadsThePagesThenAsksAndSavesTheResult() throws {
        let app = try AppUnderTest()
        let result = try app.run(["train", "--seed", "2"] + app.options(), input: "\n\n1\n1\n\nq\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("A single page"), result.stdout)
        XCTAssertTrue(result.stdout.contains("pass mark 50%"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Enter to retake the module") || result.stdout.contains("Enter to go on"), result.stdout)
        let progress = try XCTUnwrap(try app.progress())
        XCTAssertEqual(progress.trainingResults.count, 1)
        XCTAssertEqual(progress.answers.map(\.mode), ["train", "train"])
    }
}
