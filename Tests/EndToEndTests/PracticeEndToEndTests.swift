import Foundation
import QuizCore
import XCTest

/// The real binary in a real terminal (tmux), driven by keys as a learner would.
final class PracticeEndToEndTests: XCTestCase {
    func testAPracticeSessionPlayedByKeysIsSavedAndTheTerminalRestored() throws {
        let app = try AppUnderTest()
        let tmux = try Tmux(command: app.paneCommand(["practice", "--seed", "3", "--count", "3"] + app.options()))

        var screen = try tmux.waitFor("Question 1 of 3")
        XCTAssertTrue(screen.contains("SRM Quiz"))
        XCTAssertTrue(screen.contains("profile: e2e"))
        XCTAssertTrue(screen.contains("Score 0 of 0"))
        let first = try XCTUnwrap(QuizScreen(screen), "no fixture question on screen:\n\(screen)")
        try answerByNumbers(first, tmux: tmux)
        screen = try tmux.waitFor("Correct.")
        XCTAssertTrue(screen.contains("(your answer)"))
        XCTAssertTrue(screen.contains("Source: Shared Responsibility Model (aws.amazon.com)"), screen)
        XCTAssertFalse(screen.contains("seed document"), "a seed document is never shown to a learner")
        XCTAssertTrue(screen.contains("Enter next question"))

        try tmux.send("Enter")
        screen = try tmux.waitFor("Question 2 of 3")
        XCTAssertTrue(screen.contains("Score 1 of 1"))
        let second = try XCTUnwrap(QuizScreen(screen), "no fixture question on screen:\n\(screen)")
        try answerWrongByArrows(second, tmux: tmux)
        screen = try tmux.waitFor("Wrong")
        XCTAssertTrue(screen.contains("the right answer"))
        XCTAssertTrue(screen.contains("✘"))

        try tmux.send("q")
        screen = try tmux.waitFor("Leave this session?")
        XCTAssertTrue(screen.contains("Your 2 answers are saved."))
        try tmux.send("y")
        try tmux.waitFor("EXIT=0")

        let progress = try XCTUnwrap(try app.progress())
        XCTAssertEqual(progress.answers.map(\.questionId), [first.questionID, second.questionID])
        XCTAssertEqual(progress.answers.map(\.correct), [true, false])
        XCTAssertEqual(progress.profile, "e2e")
        XCTAssertEqual(progress.questions[first.questionID]?.attempts, 1)
        let settings = try app.terminalSettings()
        XCTAssertEqual(settings.before, settings.after, "the terminal settings changed")
    }

    func testTheSameSeedShowsTheSameQuestionsInTheSameOrder() throws {
        var firstScreens: [String] = []
        for _ in 0..<2 {
            let app = try AppUnderTest()
            let tmux = try Tmux(command: app.paneCommand(["practice", "--seed", "11", "--count", "2"] + app.options()))
            let screen = try tmux.waitFor("Question 1 of 2")
            firstScreens.append(screen)
            try tmux.send("q")
            try tmux.waitFor("Leave this session?")
            try tmux.send("y")
            try tmux.waitFor("EXIT=0")
        }
        XCTAssertEqual(firstScreens[0], firstScreens[1])
    }

    func testCtrlCLeavesAtOnceKeepingEveryAnswer() throws {
        let app = try AppUnderTest()
        let tmux = try Tmux(command: app.paneCommand(["practice", "--seed", "5", "--count", "3"] + app.options()))
        let screen = try tmux.waitFor("Question 1 of 3")
        try answerByNumbers(try XCTUnwrap(QuizScreen(screen)), tmux: tmux)
        try tmux.waitFor("Correct.")
        try tmux.send("C-c")
        try tmux.waitFor("EXIT=130")
        XCTAssertEqual(try app.progress()?.answers.count, 1)
        let settings = try app.terminalSettings()
        XCTAssertEqual(settings.before, settings.after)
    }

    func testSIGTERMRestoresTheTerminalAndKeepsEveryAnswer() throws {
        try checkSignalLeavesCleanly("TERM", exitStatus: 143)
    }

    /// What happens when an SSH connection drops.
    func testSIGHUPRestoresTheTerminalAndKeepsEveryAnswer() throws {
        try checkSignalLeavesCleanly("HUP", exitStatus: 129)
    }

    /// A Swift trap is SIGILL on x86-64; the guard restores the terminal before the backtrace is printed.
    func testACrashSignalRestoresTheTerminalAndKeepsEveryAnswer() throws {
        let output = try checkSignalLeavesCleanly("ILL", exitStatus: 132)
        XCTAssertTrue(output.contains("Program crashed"), "the crash report should print on the restored screen:\n\(output)")
    }

    /// Answers one question, sends `signal`, and checks the exit status, the answer and the terminal settings;
    /// returns all the pane printed after the app's screen was taken down.
    @discardableResult
    private func checkSignalLeavesCleanly(_ signal: String, exitStatus: Int, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let app = try AppUnderTest()
        let command = app.paneCommand(["practice", "--seed", "6", "--count", "3"] + app.options(), environment: ["SWIFT_BACKTRACE=interactive=no"])
        let tmux = try Tmux(command: command)
        let screen = try tmux.waitFor("Question 1 of 3")
        try answerByNumbers(try XCTUnwrap(QuizScreen(screen)), tmux: tmux)
        try tmux.waitFor("Correct.")
        let signalled = try Command.run("pkill", ["-\(signal)", "-f", "--", "^\(AppUnderTest.binary.path) .*--data-dir \(app.dataDirectory.path)"])
        XCTAssertEqual(signalled.status, 0, "no srm-quiz process found to signal", file: file, line: line)
        try tmux.waitFor("EXIT=\(exitStatus)", timeout: 30, file: file, line: line)
        XCTAssertEqual(try app.progress()?.answers.count, 1, file: file, line: line)
        let settings = try app.terminalSettings()
        XCTAssertEqual(settings.before, settings.after, "the terminal settings changed", file: file, line: line)
        return try tmux.history()
    }

    func testTheHomeScreenOpensOnTheBundledBankAndLeadsToPractice() throws {
        let app = try AppUnderTest()
        let tmux = try Tmux(command: app.paneCommand(app.options(bundledBank: true)))
        var screen = try tmux.waitFor("Question bank:")
        XCTAssertTrue(screen.contains("1. Practice"))
        XCTAssertTrue(screen.contains("profile: e2e"))
        XCTAssertTrue(screen.contains("No answers yet"))
        try tmux.send("Enter")
        let started = ["Question 1 of ", "Incident scenario:"]
        screen = try tmux.waitFor(anyOf: started)
        try tmux.send("Escape")
        try tmux.waitFor("Leave this session?")
        try tmux.send("n")
        screen = try tmux.waitUntilGone("Leave this session?")
        XCTAssertTrue(started.contains(where: screen.contains), screen)
        try tmux.send("q")
        try tmux.waitFor("Leave this session?")
        try tmux.send("y")
        screen = try tmux.waitFor("Question bank:")
        XCTAssertTrue(screen.contains("1. Practice"), "a session started from home goes back there")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")
        XCTAssertNil(try app.progress(), "no answer was given, so nothing is written")
    }

    func testEnterHammeredAfterFeedbackAnswersNothingTheLearnerDidNotChoose() throws {
        let app = try AppUnderTest()
        let tmux = try Tmux(command: app.paneCommand(["practice", "--seed", "3", "--count", "3"] + app.options()))
        var screen = try tmux.waitFor("Question 1 of 3")
        XCTAssertFalse(screen.contains("› 1."), "a question opens with nothing highlighted")
        try answerByNumbers(try XCTUnwrap(QuizScreen(screen)), tmux: tmux)
        try tmux.waitFor("Correct.")
        try tmux.hammer("Enter", "Enter", "Enter")
        screen = try tmux.waitFor("Question 2 of 3")
        try tmux.hammer("Enter", "Enter")
        screen = try tmux.waitFor(anyOf: ["Nothing is chosen yet", "Choose exactly"])
        XCTAssertTrue(screen.contains("Question 2 of 3"))
        XCTAssertEqual(try app.progress()?.answers.count, 1, "only the answer chosen is saved")

        try answerByNumbers(try XCTUnwrap(QuizScreen(screen)), tmux: tmux)
        try tmux.waitFor("Correct.")
        try tmux.hammer("Enter", "1")
        screen = try tmux.waitFor("Question 3 of 3")
        usleep(300_000)
        screen = try tmux.screen()
        XCTAssertFalse(screen.contains("Correct.") || screen.contains("Wrong"), "a key typed during feedback answered the next question:\n\(screen)")
        try tmux.send("q")
        try tmux.waitFor("Leave this session?")
        try tmux.send("y")
        try tmux.waitFor("EXIT=0")
        let answers = try XCTUnwrap(app.progress()).answers
        XCTAssertEqual(answers.count, 2)
        XCTAssertTrue(answers.allSatisfy(\.correct), "every saved answer is one the learner chose")
    }

    func testKeysOnTheEnlargeScreenReachNothingHidden() throws {
        let app = try AppUnderTest()
        let tmux = try Tmux(width: 40, height: 10, command: app.paneCommand(["practice", "--seed", "3", "--count", "3"] + app.options()))
        try tmux.waitFor("Enlarge the terminal")
        try tmux.hammer("Down", "Enter", "1", "2", "Enter", "Space", "i")
        usleep(300_000)
        try tmux.resize(width: 80, height: 24)
        let screen = try tmux.waitFor("Question 1 of 3")
        XCTAssertFalse(screen.contains("Correct.") || screen.contains("Wrong") || screen.contains("›"), screen)
        XCTAssertNil(try app.progress(), "nothing was answered on a screen nobody could see")
    }

    func testATinyTerminalAsksToBeEnlarged() throws {
        let app = try AppUnderTest()
        let tmux = try Tmux(width: 40, height: 10, command: app.paneCommand(["practice", "--seed", "1"] + app.options()))
        try tmux.waitFor("Enlarge the terminal")
        try tmux.send("q")
        try tmux.waitFor("Leave this session? y: leave, n: stay")
        try tmux.send("y")
        try tmux.waitFor("EXIT=0")
    }

    // MARK: - Answering

    /// Right answer by number keys: one digit for a single choice, a digit per pick then Enter for multiple.
    private func answerByNumbers(_ question: QuizScreen, tmux: Tmux) throws {
        for position in question.rightPositions {
            try tmux.type(String(position))
        }
        if question.isMultiple { try tmux.send("Enter") }
    }

    /// A wrong answer with the arrow keys, j and Space, then Enter.
    private func answerWrongByArrows(_ question: QuizScreen, tmux: Tmux) throws {
        var at = 0
        var picks = [question.wrongPosition]
        if question.isMultiple { picks.append(question.rightPositions[0]) }
        for target in picks.sorted() {
            while at < target {
                try tmux.send(at % 2 == 0 ? "j" : "Down")
                at += 1
            }
            if question.isMultiple { try tmux.send("Space") }
        }
        try tmux.send("Enter")
    }
}
