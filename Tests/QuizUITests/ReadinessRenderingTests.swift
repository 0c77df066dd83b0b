import Foundation
import Testing
import QuizCore
import QuizTestSupport
@testable import QuizUI

/// The Progress screen's readiness section, scrolled into view, at 80x24 and 60x16.
@Suite struct ReadinessRenderingTests {
    static let bank = Fixtures.taggedBank
    static let now = Fixtures.at(86_400)

    static func state(examDay: ExamDay?) -> AppState {
        let answers = [("a", true), ("b", false), ("d", true)].enumerated().map { index, answer in
            AnswerRecord(
                questionId: answer.0, topic: bank.question(id: answer.0)!.topic, chosen: [0], correct: answer.1, seconds: 5,
                answeredAt: Fixtures.at(Double(index) * 30), session: "s", mode: "practice"
            )
        }
        var state = AppState(screen: .progress, profile: "ada", totals: ProgressTotals(), sessionSize: 3, nextSeed: 1)
        state.schedule = ReviewSchedule(answers: answers)
        state.firstSight = FirstSightTally(answers: answers, taskOf: bank.examTask(ofQuestion:))
        state.examDay = examDay
        state.readiness = ReadinessFigures(bank: bank, state: state, at: now)
        return state
    }

    /// The screen scrolled so that the readiness heading is the body's first line.
    static func render(_ state: AppState, width: Int, height: Int) throws -> ScreenBuffer {
        let context = ViewContext(bank: bank, glyphs: .unicode)
        let lines = ProgressView.lines(state, context: context, width: width)
        var scrolled = state
        scrolled.scroll = try #require(lines.firstIndex { $0.spans.map(\.text).joined().contains("Readiness (an estimate)") })
        return AppView.render(scrolled, context: context, width: width, height: height)
    }

    @Test func withAPlanAt80x24() throws {
        let screen = try Self.render(Self.state(examDay: ExamDay(containing: Fixtures.at(30 * 86_400))), width: 80, height: 24)
        try GoldenFile.check(screen, "progress-readiness-80x24")
        #expect(screen.lines.contains { $0.contains("Exam on 2027-02-14, 29 days left") })
    }

    @Test func withAPlanAt60x16() throws {
        try GoldenFile.check(try Self.render(Self.state(examDay: ExamDay(containing: Fixtures.at(30 * 86_400))), width: 60, height: 16), "progress-readiness-60x16")
    }

    @Test func withoutAnExamDateItSaysHowToGiveOne() throws {
        let text = try Self.render(Self.state(examDay: nil), width: 80, height: 24).lines.joined(separator: "\n")
        #expect(text.contains("Give the day of your exam with --exam-date YYYY-MM-DD"))
        #expect(text.contains("Overall "))
    }

    @Test func aPassedExamDayIsNamed() throws {
        let text = try Self.render(Self.state(examDay: ExamDay(containing: Fixtures.start)), width: 80, height: 24).lines.joined(separator: " ")
        #expect(text.contains("Exam date 2027-01-15 is past"))
    }
}
