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

    /// Seed 8 asks the fixture bank's single-choice question, then the owner question, then "choose two".
    func testAPipedExamAnswersFlagsReviewsSubmitsAndPrintsEveryQuestionsReview() throws {
        let app = try AppUnderTest()
        let input = "\n1\n2\nf\nr\nt\ns\ny\n"
        let result = try app.run(["exam", "--plain", "--questions", "3", "--minutes", "20", "--seed", "8"] + app.options(), input: input)
        XCTAssertTrue(result.stdout.contains("Enter starts the exam."), "the start screen comes first: \(result.stdout)")
        XCTAssertEqual(result.status, 0, result.stderr)
        for expected in [
            "Question 1 of 3, 0 answered, time left 20:00", "Review list (all): 2 of 3 answered, 1 flagged",
            "Question 3, not answered, flagged", "Time left ", "1 question unanswered, 1 flagged for review.",
            "Exam result", "Review: question 3 of 3", "You left this question unanswered",
        ] {
            XCTAssertTrue(result.stdout.contains(expected), "\(expected)\n\(result.stdout)")
        }
        XCTAssertFalse(result.stdout.contains("\u{1B}"), "plain output carries no escape sequence")
        XCTAssertFalse(result.stdout.contains("›"), "plain output marks no focus")
        let progress = try XCTUnwrap(try app.progress())
        XCTAssertEqual(progress.exams.count, 1)
        XCTAssertEqual(progress.exams.first?.questions, 3)
        XCTAssertEqual(progress.answers.map(\.mode), ["exam", "exam", "exam"])
        XCTAssertEqual(progress.answers.map(\.chosen.isEmpty), [false, false, true])
        XCTAssertFalse(FileManager.default.fileExists(atPath: app.savedExamFile.path), "a submitted exam leaves no saved exam behind")
    }

    func testAPlainExamLeftIsKeptAndResumedInPlainMode() throws {
        let app = try AppUnderTest()
        let arguments = ["exam", "--now", "--plain", "--questions", "3", "--minutes", "20", "--seed", "8"] + app.options()
        let left = try app.run(arguments, input: "1\nq\n")
        XCTAssertEqual(left.status, 0, left.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: app.savedExamFile.path), left.stdout)
        XCTAssertNil(try app.progress(), "nothing is recorded before the exam is submitted")

        let resumed = try app.run(arguments, input: "y\np\ns\ny\n")
        XCTAssertEqual(resumed.status, 0, resumed.stderr)
        XCTAssertTrue(resumed.stdout.contains("You have answered 1 of 3 questions"), resumed.stdout)
        XCTAssertTrue(resumed.stdout.contains("Your answer: "), resumed.stdout)
        let progress = try XCTUnwrap(try app.progress())
        XCTAssertEqual(progress.exams.count, 1)
        XCTAssertEqual(progress.answers.map(\.chosen.isEmpty), [false, true, true])
    }

    /// Plain mode reads lines, yet the clock runs while it waits for one: a minute's exam left alone is submitted
    /// when the minute is up, and its result printed, without another line typed. (Takes a minute.)
    func testAPlainExamIsSubmittedWhenTimeRunsOutWhileWaitingForALine() throws {
        let app = try AppUnderTest()
        let tmux = try Tmux(command: app.paneCommand(["exam", "--now", "--plain", "--questions", "3", "--minutes", "1", "--seed", "8"] + app.options()))
        try tmux.waitFor("Question 1 of 3, 0 answered, time left 1:00")
        try tmux.send("1", "Enter")
        try tmux.waitFor("Question 2 of 3, 1 answered")
        let screen = try tmux.waitFor("EXIT=0", timeout: 90)
        XCTAssertTrue(screen.contains("Review: question 3 of 3"), screen)
        let progress = try XCTUnwrap(try app.progress())
        XCTAssertEqual(progress.exams.count, 1)
        XCTAssertEqual(progress.answers.map(\.chosen.isEmpty), [false, true, true])
        XCTAssertEqual(progress.exams.first?.howEnded, .timeExpired)
    }

    func testAPipedDrillSetsCellsOneByOneAndSavesThemWithTheirCredit() throws {
        let app = try AppUnderTest()
        let result = try app.run(["drill", "--plain", "--seed", "3"] + app.options(bundledBank: true), input: "\na\nc\nx\nb\ns\nd\ny\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Matrix drill: choose the services (1 of 2)"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Cell 1 of "), result.stdout)
        XCTAssertTrue(result.stdout.contains("still blank and will score nothing"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Drill marked: score "), result.stdout)
        XCTAssertFalse(result.stdout.contains("\u{1B}"), "plain output carries no escape sequence")
        XCTAssertFalse(result.stdout.contains("…"), "plain output cuts no text")
        let answers = try XCTUnwrap(try app.progress()).answers
        XCTAssertEqual(answers.map(\.mode), ["drill", "drill", "drill"], "a, c and s set three cells (the third after x then b)")
        XCTAssertEqual(answers.map(\.chosen), [[0], [1], [2]], "AWS, Customer, Shared")
        for answer in answers {
            XCTAssertTrue([0, 0.5, 1].contains(answer.credit), "\(answer.credit)")
            XCTAssertEqual(answer.correct, answer.credit == 1)
        }
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
