import Foundation
import QuizCore
import XCTest

/// `practice --weakest` through the real binary on the bundled bank: a history strong on two exam tasks and weak on
/// a third draws its session from the weak one.
final class WeakestPracticeEndToEndTests: XCTestCase {
    func testAWeakestSessionDrawsFromTheWeakestTask() throws {
        let app = try AppUnderTest()
        let repository = AppUnderTest.fixtureBank.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let bank = try BankLoader.load(directory: repository.appendingPathComponent("QuestionBank"))
        // 2.1 all right, 2.3 half right, 2.4 all wrong: six answers each, more than enough to judge.
        try record(history: [("2.1", [true, true, true, true, true, true]),
                             ("2.3", [true, false, true, false, true, false]),
                             ("2.4", [false, false, false, false, false, false])], bank: bank, app: app)

        let result = try app.run(["practice", "--plain", "--weakest", "--count", "4", "--seed", "9"] + app.options(bundledBank: true),
                                 input: String(repeating: "1\n", count: 12) + "q\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Practising your weakest, exam task 2.4"), "the session says what it aims at:\n\(result.stdout)")
        XCTAssertTrue(result.stdout.contains("0% right in your last 6 answers"), "and why:\n\(result.stdout)")

        let answers = try XCTUnwrap(try app.progress()?.answers)
        let asked = answers.dropFirst(18)
        XCTAssertFalse(asked.isEmpty, "the weakest session asked something:\n\(result.stdout)")
        let questions = ReviewableQuestions(bank)
        for answer in asked {
            XCTAssertEqual(questions.question(answer.questionId)?.examTask?.id, "2.4", "\(answer.questionId) is not of the weakest task")
        }
    }

    /// Answers recorded as the app records them (journal and all), each to a different question of its task.
    private func record(history: [(task: String, right: [Bool])], bank: Bank, app: AppUnderTest) throws {
        let store = ProgressStore(fileURL: app.progressFile)
        try FileManager.default.createDirectory(at: app.progressFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        let start = Date().addingTimeInterval(-3600)
        var progress = ProgressFile(profile: app.profile, createdAt: start)
        var moment = start
        for (task, right) in history {
            let questions = bank.questions.filter { $0.examTask?.id == task && $0.correctIndices.count == 1 }
            XCTAssertGreaterThanOrEqual(questions.count, right.count, "the bundled bank has enough questions of task \(task)")
            for (question, isRight) in zip(questions, right) {
                let correct = question.correctIndices.first!
                let chosen = isRight ? correct : (correct == 0 ? 1 : 0)
                moment.addTimeInterval(20)
                let outcome = AnswerOutcome(questionID: question.id, topic: question.topic, chosen: [chosen], isCorrect: isRight,
                                            seconds: 12, answeredAt: moment)
                try store.record([.answer(outcome, sessionID: "seeded", mode: .practice)], into: &progress)
            }
        }
    }
}
