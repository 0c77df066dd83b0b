import Foundation
import Testing
import QuizCore
import QuizTestSupport
@testable import QuizUI

@Suite struct ExamRenderingTests {
    static let questions = [Fixtures.single, Fixtures.multiple, Fixtures.owner]

    /// The exam screen as the app draws it: the chrome with the exam's hints, the body, and the submit box.
    func render(_ session: ExamSession, width: Int = 80, height: Int = 24, glyphs: Glyphs = .unicode) -> ScreenBuffer {
        var screen = ScreenBuffer(width: width, height: height)
        let context = ViewContext(bank: Fixtures.bank, glyphs: glyphs)
        Chrome.draw(into: &screen, profile: "ada", hints: ExamKeys.hints(for: session, glyphs: glyphs), glyphs: glyphs)
        Chrome.drawBody(ExamView.lines(session, context: context, width: Chrome.bodyWidth(width: width)), into: &screen, glyphs: glyphs)
        if case .confirmingSubmit = session.phase {
            ExamSubmitConfirmView.draw(session, into: &screen, glyphs: glyphs)
        }
        return screen
    }

    /// 61 seconds gone; the first question picked wrongly and flagged, the second half answered, the third
    /// answered rightly; back on the first; then `more`.
    func examUnderWay(_ more: [ExamEvent] = []) -> ExamSession {
        var session = Fixtures.exam(Self.questions)
        session.secondsLeft = 5339
        let events: [ExamEvent] = [
            .choicePicked(2), .flagToggled, .highlightMoved(by: -1), .movedToQuestion(.next), .choicePicked(0),
            .movedToQuestion(.next), .choicePicked(1), .movedToQuestion(.index(0)),
        ]
        for (second, event) in (events + more).enumerated() {
            session = ExamReducer.reduce(session, event, at: Fixtures.at(Double(second))).0
        }
        return session
    }

    func row(_ screen: ScreenBuffer, containing text: String) throws -> Int {
        try #require(screen.lines.firstIndex { $0.contains(text) }, "no row contains \(text)")
    }

    @Test func singleChoiceQuestionWithAPickAndAFlag() throws {
        let screen = render(examUnderWay())
        try GoldenFile.check(screen, "exam-question-single-80x24")
        let status = try row(screen, containing: "Question 1 of 3")
        #expect(screen.lines[status].hasSuffix("Time left 88:59"))
        #expect(screen[status, 70].style == .heading)
        #expect(screen.lines[status].contains("⚑ flagged"))
        let picked = try row(screen, containing: "(•) 3. Nobody")
        #expect(screen[picked, 3].style == .heading, "a pick is bold, not drawn like the highlight")
        #expect(!screen.lines.joined().contains("Correct"))
        #expect(!screen.lines.joined().contains("Wrong"))
    }

    @Test func multipleResponseWithTheFifteenMinuteWarning() throws {
        var session = examUnderWay([.movedToQuestion(.next)])
        session.secondsLeft = 899.2
        session.activeWarning = .fifteenMinutes
        let screen = render(session)
        try GoldenFile.check(screen, "exam-question-multiple-warning-80x24")
        let warning = try row(screen, containing: "15 minutes left")
        #expect(screen[warning, 1].style == .notice)
        #expect(screen.lines.contains { $0.contains("Time left 15:00") })
    }

    @Test func theCountdownIsANoticeUnderFiveMinutes() throws {
        var session = examUnderWay()
        session.secondsLeft = 300
        let screen = render(session)
        let status = try row(screen, containing: "Time left 5:00")
        #expect(screen[status, 70].style == .notice)
        session.secondsLeft = 301
        let calmer = render(session)
        let calmerStatus = try row(calmer, containing: "Time left 5:01")
        #expect(calmer[calmerStatus, 70].style == .heading)
    }

    @Test func reviewListOfEveryQuestion() throws {
        let screen = render(examUnderWay([.reviewListOpened, .highlightMoved(by: 1)]))
        try GoldenFile.check(screen, "exam-review-all-80x24")
        let highlighted = try row(screen, containing: "› 2")
        #expect(screen.lines[highlighted].contains("○ unanswered"))
        #expect(screen[highlighted, 1].style == .selected)
    }

    @Test func reviewListFilteredToFlaggedAndToUnanswered() throws {
        let flagged = render(examUnderWay([.reviewListOpened, .reviewFilterChanged(.flagged)]))
        try GoldenFile.check(flagged, "exam-review-flagged-80x24")
        let unanswered = render(examUnderWay([.reviewListOpened, .reviewFilterChanged(.unanswered)]))
        #expect(unanswered.lines.contains { $0.contains("[u Unanswered (1)]") })
        #expect(unanswered.lines.contains { $0.contains("› 2  ○ unanswered") })
        #expect(!unanswered.lines.contains { $0.contains("● answered") })
        var everything = examUnderWay([.movedToQuestion(.next), .choicePicked(2), .flagToggled, .reviewListOpened])
        everything = ExamReducer.reduce(everything, .reviewFilterChanged(.unanswered), at: Fixtures.at(30)).0
        #expect(render(everything).lines.contains { $0.contains("Every question is answered.") })
    }

    @Test func submitConfirmationSaysWhatIsStillOpen() throws {
        let screen = render(examUnderWay([.submitRequested]))
        try GoldenFile.check(screen, "exam-submit-confirm-80x24")
        #expect(ExamSubmitConfirmView.lines(examUnderWay()) == [
            "Submit the exam?", "1 question unanswered, 1 flagged for review.", "Unanswered questions count as wrong.",
            "Answers cannot be changed after submitting.", "", "y  submit      n  keep working",
        ])
        var done = examUnderWay([.flagToggled, .movedToQuestion(.next), .choicePicked(2)])
        done.phase = .confirmingSubmit(returningTo: nil)
        #expect(ExamSubmitConfirmView.lines(done) == [
            "Submit the exam?", "Every question is answered and none is flagged.", "Answers cannot be changed after submitting.",
            "", "y  submit      n  keep working",
        ])
    }

    @Test func resultScreenOfAFailedExam() throws {
        let session = examUnderWay([.submitRequested, .submitConfirmed])
        let screen = render(session)
        try GoldenFile.check(screen, "exam-result-fail-80x24")
        let verdict = try row(screen, containing: "FAIL")
        #expect(screen.lines[verdict].contains("Result: ✘ FAIL"))
        #expect(screen[verdict, 9].style == .wrong)
        #expect(screen.lines.contains { $0.contains("needs improvement") })
    }

    @Test func resultScreenOfAPassedExamAfterTimeRanOut() throws {
        var session = examUnderWay([.choicePicked(0), .movedToQuestion(.next), .choicePicked(2)])
        session.secondsLeft = 1
        session.lastTickAt = Fixtures.at(100)
        session = ExamReducer.reduce(session, .timerTicked, at: Fixtures.at(101)).0
        let screen = render(session)
        try GoldenFile.check(screen, "exam-result-pass-80x24")
        let lines = screen.lines.joined(separator: "\n")
        #expect(lines.contains("Result: ✔ PASS"))
        #expect(lines.contains("Estimated scaled score: 1000 / 1000 (estimate: AWS does not publish its"))
        #expect(lines.contains("Time ran out"))
        #expect(lines.contains("Time used: 90:00 of 90:00"))
    }

    @Test func resultsReviewOfAWrongAndAnUnansweredQuestion() throws {
        var session = examUnderWay([.submitRequested, .submitConfirmed, .resultsReviewOpened, .movedToQuestion(.next)])
        let wrong = render(session)
        try GoldenFile.check(wrong, "exam-results-review-wrong-80x24")
        let verdict = try row(wrong, containing: "Review: question 2 of 3")
        #expect(wrong.lines[verdict].contains("✘ Wrong"))
        #expect(wrong.lines.contains { $0.contains("(your answer)") })
        var unattempted = Fixtures.exam(Self.questions, after: [.submitRequested, .submitConfirmed, .resultsReviewOpened])
        unattempted.secondsLeft = 5339
        let screen = render(unattempted)
        #expect(screen.lines.contains { $0.contains("✘ Unanswered") })
        #expect(screen.lines.contains { $0.contains("You left this question unanswered; it counts as wrong.") })
        #expect(screen.lines.contains { $0.contains("✘ Wrong: the right answer is 1.") })
        session = ExamReducer.reduce(session, .movedToQuestion(.next), at: Fixtures.at(50)).0
        #expect(render(session).lines.contains { $0.contains("✔ Correct") })
    }

    @Test func asciiGlyphsWhenTheLocaleIsNotUTF8() throws {
        let screen = render(examUnderWay([.reviewListOpened]), glyphs: .ascii)
        try GoldenFile.check(screen, "exam-review-ascii-80x24")
        for line in screen.lines {
            #expect(line.unicodeScalars.allSatisfy { $0.isASCII }, "\(line)")
        }
        let question = render(examUnderWay(), glyphs: .ascii)
        #expect(question.lines.contains { $0.contains("(*) 3. Nobody") })
        #expect(question.lines.contains { $0.contains("F flagged") })
        let result = render(examUnderWay([.submitRequested, .submitConfirmed]), glyphs: .ascii)
        #expect(result.lines.contains { $0.contains("Result: x FAIL") })
    }

    @Test(arguments: [(60, 16), (80, 24), (200, 60)])
    func theCountdownIsOnTheFirstBodyRowBeforeSubmitting(width: Int, height: Int) {
        let phases: [[ExamEvent]] = [[], [.reviewListOpened], [.submitRequested], [.reviewListOpened, .submitRequested]]
        for events in phases {
            var session = examUnderWay(events)
            session.secondsLeft = 5999.5
            session.flagged = [0, 1, 2]
            let first = render(session, width: width, height: height).lines[2]
            #expect(first.hasSuffix("Time left 100:00"), "\(first)")
        }
    }

    @Test(arguments: [(60, 16), (80, 24), (200, 60)])
    func everyExamScreenStaysInsideTheEdge(width: Int, height: Int) {
        let phases: [[ExamEvent]] = [
            [], [.movedToQuestion(.next)], [.reviewListOpened], [.reviewListOpened, .reviewFilterChanged(.flagged)],
            [.submitRequested], [.submitRequested, .submitConfirmed], [.submitRequested, .submitConfirmed, .resultsReviewOpened],
        ]
        for events in phases {
            let screen = render(examUnderWay(events), width: width, height: height)
            #expect(screen.cells.count == width * height)
            for line in screen.lines {
                #expect(DisplayWidth.of(line) <= width)
            }
        }
    }

    @Test func theBodyIsNeverCutToFitTheScreen() {
        let long = Question(
            id: "t.long", kind: .single, topic: "basics", difficulty: .hard, serviceModel: nil,
            prompt: String(repeating: "A very long prompt that goes on. ", count: 30),
            choices: (0..<9).map { Choice(text: "Choice \($0) " + String(repeating: "words ", count: 20), isCorrect: $0 == 0, why: "w") },
            explanation: "E.", sources: [.seed(file: "s")], checked: "2026-11-22"
        )
        let session = Fixtures.exam([long])
        let context = ViewContext(bank: Fixtures.bank, glyphs: .unicode)
        let lines = ExamView.lines(session, context: context, width: 78)
        #expect(lines.count > 22)
        #expect(lines.contains { $0.spans.contains { $0.text.contains("Choice 8") } })
    }
}
