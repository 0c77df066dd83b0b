import Foundation
import QuizCore
import XCTest

/// `t` on the home screen: the topics and exam tasks listed, one chosen, and the session `practice --task` starts.
final class PracticePickerEndToEndTests: XCTestCase {
    func testATaskChosenFromTheHomeScreenStartsTheSessionPracticeTaskStarts() throws {
        let app = try AppUnderTest()
        let tmux = try Tmux(command: app.paneCommand(["--seed", "4", "--count", "3"] + app.options(bundledBank: true), environment: ["NO_COLOR=1"]))
        try tmux.waitFor("1. Practice")
        try tmux.send("t")
        var screen = try tmux.waitFor("Practise one topic or exam task")
        XCTAssertTrue(screen.contains("›  1. Security OF and IN the cloud"), screen)
        try tmux.send("End")
        try tmux.waitFor("› 15. 3.2 Define the AWS global infrastructure")
        try tmux.send("k")
        screen = try tmux.waitFor("› 14. 2.4 Identify components and resources for security")
        try tmux.send("Enter")
        screen = try tmux.waitForChange(from: screen)
        if screen.contains("Incident scenario") {
            try tmux.send("Enter")
            try tmux.waitFor("Question 1 of 3")
        }
        screen = try tmux.settledScreen()
        let prompt = try XCTUnwrap(screen.split(separator: "\n").dropFirst(4).first.map { $0.trimmingCharacters(in: .whitespaces) }, screen)
        XCTAssertFalse(prompt.isEmpty, screen)
        try tmux.send("1")
        if screen.contains("(Choose two.)") { try tmux.send("2", "Enter") }
        try tmux.waitFor(anyOf: ["Correct", "Wrong"])
        try tmux.send("q")
        try tmux.waitFor("Leave")
        try tmux.send("y")
        try tmux.waitFor("1. Practice")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")

        let answers = try XCTUnwrap(try app.progress()?.answers)
        XCTAssertEqual(answers.count, 1)
        let repository = AppUnderTest.fixtureBank.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let bank = try BankLoader.load(directory: repository.appendingPathComponent("QuestionBank"))
        XCTAssertEqual(ReviewableQuestions(bank).question(answers[0].questionId)?.examTask?.id, "2.4", "the answer was to a question of the task chosen")
        let command = try app.run(["practice", "--task", "2.4", "--seed", "4", "--count", "3", "--plain"] + app.options(bundledBank: true), input: "q\n")
        XCTAssertTrue(command.stdout.contains(prompt), "practice --task 2.4 with the same seed asks the same first question:\n\(prompt)\n\(command.stdout)")
    }
}
