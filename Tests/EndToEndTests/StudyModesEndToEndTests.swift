import Foundation
import QuizCore
import XCTest

/// The study modes beyond practice, played in tmux through the real binary on the bundled bank.
final class StudyModesEndToEndTests: XCTestCase {
    func testAScenarioIsPlayedStoryFirstWithTheStoryAKeyAway() throws {
        let app = try AppUnderTest()
        let tmux = try Tmux(command: app.paneCommand(["practice", "--scenario", "scenario.public-s3-bucket"] + app.options(bundledBank: true)))
        var screen = try tmux.waitFor("Incident scenario: The bucket that went public")
        XCTAssertTrue(screen.contains("marketing analyst"), screen)
        try tmux.send("Enter")
        screen = try tmux.waitFor("step 1 of 4")
        XCTAssertTrue(screen.contains("Question 1 of 4"))
        try tmux.send("1")
        screen = try tmux.waitFor(anyOf: ["✔ Correct.", "✘ Wrong"])
        try tmux.send("i")
        try tmux.waitFor("Incident scenario: The bucket that went public")
        try tmux.send("Enter")
        try tmux.waitFor(anyOf: ["✔ Correct.", "✘ Wrong"])
        try tmux.send("q")
        try tmux.waitFor("Leave this session?")
        try tmux.send("y")
        try tmux.waitFor("EXIT=0")
        let answers = try XCTUnwrap(try app.progress()).answers
        XCTAssertEqual(answers.map(\.questionId), ["scenario.public-s3-bucket.who"])
        XCTAssertEqual(answers.map(\.mode), ["practice"])
    }

    func testAScenarioIsFoundWithOrWithoutItsPrefix() throws {
        let app = try AppUnderTest()
        let tmux = try Tmux(command: app.paneCommand(["practice", "--scenario", "public-s3-bucket"] + app.options(bundledBank: true)))
        try tmux.waitFor("Incident scenario: The bucket that went public")
        try tmux.send("q")
        try tmux.waitFor("Leave this session?")
        try tmux.send("y")
        try tmux.waitFor("EXIT=0")
    }

    /// At 60x16 a whole scenario (its story, four steps and its summary) is read to the end with Enter alone,
    /// besides the digit that answers each step.
    func testALongScenarioIsReadToItsEndWithEnterAloneAt60x16() throws {
        let app = try AppUnderTest()
        let tmux = try Tmux(width: 60, height: 16, command: app.paneCommand(["practice", "--scenario", "public-s3-bucket"] + app.options(bundledBank: true)))
        var screen = try tmux.waitFor("Incident scenario: The bucket that went public")
        var (end, presses) = try tmux.readOnWithEnter()
        XCTAssertGreaterThan(presses, 0, "the story is longer than 60x16")
        XCTAssertTrue(end.contains("Enter to the question"), end)
        try tmux.send("Enter")
        var reads = 0
        for step in 1...4 {
            screen = try tmux.waitFor("Question \(step) of 4")
            try tmux.send("1")
            screen = try tmux.waitFor(anyOf: ["✔ Correct.", "✘ Wrong", "(Choose two.)"])
            if !screen.contains("✔ Correct."), !screen.contains("✘ Wrong") {
                try tmux.send("2", "Enter")
                screen = try tmux.waitFor(anyOf: ["✔ Correct.", "✘ Wrong"])
            }
            XCTAssertTrue(screen.contains("✔ Correct.") || screen.contains("✘ Wrong"), "the verdict is in view at once")
            (end, presses) = try tmux.readOnWithEnter()
            reads += presses
            XCTAssertTrue(end.contains(step == 4 ? "Enter see the summary" : "Enter next question"), end)
            XCTAssertTrue(end.contains("Source: "), "the end of the feedback was shown:\n\(end)")
            try tmux.send("Enter")
        }
        XCTAssertGreaterThan(reads, 0, "some feedback is longer than 60x16")
        try tmux.waitFor("Session complete")
        let answers = try XCTUnwrap(try app.progress()).answers
        XCTAssertEqual(answers.count, 4, "every step answered once, by its digit")
    }

    func testScenarioWithoutAnIdListsTheScenariosAndTouchesNoProgress() throws {
        let app = try AppUnderTest()
        for arguments in [["practice", "--scenario"], ["practice", "--scenario", "--plain"], ["practice", "--scenario", "list"]] {
            let result = try app.run(arguments + app.options(bundledBank: true))
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertTrue(result.stdout.contains("srm-quiz practice --scenario ID"), result.stdout)
            XCTAssertTrue(result.stdout.contains("  public-s3-bucket  "), result.stdout)
            XCTAssertTrue(result.stdout.contains("The bucket that went public (4 steps)"), result.stdout)
        }
        XCTAssertNil(try app.progress(), "listing scenarios starts no session")
    }

    func testAnUnknownScenarioIsBadUsage() throws {
        let app = try AppUnderTest()
        let result = try app.run(["practice", "--scenario", "scenario.nope"] + app.options(bundledBank: true))
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(result.stderr.contains("no scenario \"scenario.nope\""), result.stderr)
        XCTAssertTrue(result.stderr.contains("scenario.public-s3-bucket"), result.stderr)
    }

    func testASelfAssessmentAsksConfidenceAndEndsWithTheHeatMap() throws {
        let app = try AppUnderTest()
        let tmux = try Tmux(command: app.paneCommand(["assess", "--questions", "2", "--seed", "4"] + app.options(bundledBank: true)))
        var screen = try tmux.waitFor("Self-assessment · Question 1 of 2")
        XCTAssertFalse(screen.contains("Score"), "an assessment shows no score until the end")
        /// Answers option 1 (and 2, where two are asked for), judging from the screen after the key, not before it.
        func answer() throws -> String {
            try tmux.send("1")
            let seen = try tmux.waitFor(anyOf: ["How sure are you of this answer?", "(Choose two.)"])
            guard !seen.contains("How sure are you of this answer?") else { return seen }
            try tmux.send("2", "Enter")
            return try tmux.waitFor("How sure are you of this answer?")
        }
        screen = try answer()
        XCTAssertFalse(screen.contains("Correct.") || screen.contains("Wrong"), "no verdict during an assessment")
        try tmux.send("s")
        screen = try tmux.waitFor("Question 2 of 2")
        _ = try answer()
        try tmux.send("3")
        screen = try tmux.waitFor("Self-assessment complete")
        XCTAssertTrue(screen.contains("of 2 right"))
        XCTAssertTrue(screen.contains("How sure you were"), screen)
        let (end, presses) = try tmux.readOnWithEnter()
        XCTAssertGreaterThan(presses, 0, "the result is longer than the screen, so Enter first reads on")
        XCTAssertTrue(end.contains("Enter home"), end)
        XCTAssertTrue(end.contains("Controls: 1 Physical security"), "the history map ends the result: \(end)")
        try tmux.send("Enter")
        try tmux.waitFor("Practice")
        try tmux.send("7")
        try tmux.waitFor("Self-assessments (1 opens it)")
        try tmux.send("1")
        screen = try tmux.waitFor("Self-assessment of ")
        XCTAssertTrue(screen.contains("of 2 right"), screen)
        try tmux.send("Escape")
        try tmux.waitFor("Self-assessments (1 opens it)")
        try tmux.send("q")
        try tmux.waitFor("Practice")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
        let progress = try XCTUnwrap(try app.progress())
        XCTAssertEqual(progress.answers.map(\.mode), ["assess", "assess"])
        XCTAssertEqual(progress.answers.map(\.confidence), [.sure, .guessing])
        XCTAssertEqual(progress.assessments.map(\.session), [progress.answers[0].session])
        let report = try app.run(["report"] + app.options(bundledBank: true))
        XCTAssertEqual(report.status, 0, report.stderr)
        XCTAssertTrue(report.stdout.contains("Latest self-assessment "), report.stdout)
    }

    func testReviewSaysWhenNothingIsDueAndCramGoesThroughWhatWasAnswered() throws {
        let app = try AppUnderTest()
        var tmux = try Tmux(command: app.paneCommand(["review"] + app.options()))
        try tmux.waitFor("Nothing is due for review")
        try tmux.send("Enter")
        let home = try tmux.waitFor("0 due now")
        XCTAssertTrue(home.contains("Review"), home)
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")

        tmux = try Tmux(command: app.paneCommand(["practice", "--count", "1", "--seed", "2"] + app.options()))
        try tmux.waitFor("Question 1 of 1")
        try tmux.send("1")
        try tmux.waitFor("Source:")
        try tmux.send("Enter")
        try tmux.waitFor("Session complete")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")

        tmux = try Tmux(command: app.paneCommand(["review", "--cram"] + app.options()))
        try tmux.waitFor("Question 1 of 1")
        try tmux.send("1")
        try tmux.waitFor("Source:")
        try tmux.send("Enter")
        try tmux.waitFor("Session complete")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
        let answers = try XCTUnwrap(try app.progress()).answers
        XCTAssertEqual(answers.map(\.mode), ["practice", "cram"])
        XCTAssertEqual(answers[0].questionId, answers[1].questionId)
    }
}
