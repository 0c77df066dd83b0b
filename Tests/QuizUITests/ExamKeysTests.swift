import Testing
import QuizCore
import QuizTestSupport
@testable import QuizUI

@Suite struct ExamKeysTests {
    let questions = [Fixtures.single, Fixtures.multiple, Fixtures.owner]

    func exam(_ phase: ExamSession.Phase = .answering, position: Int = 0) -> ExamSession {
        var session = Fixtures.exam(questions)
        session.position = position
        session.phase = phase
        return session
    }

    @Test func questionKeys() {
        let answering = exam()
        let expected: [(Key, ExamEvent)] = [
            (.up, .highlightMoved(by: -1)), (.character("k"), .highlightMoved(by: -1)),
            (.down, .highlightMoved(by: 1)), (.character("j"), .highlightMoved(by: 1)),
            (.character("1"), .choicePicked(0)), (.character("9"), .choicePicked(8)),
            (.character(" "), .highlightedChoiceToggled), (.enter, .highlightedChoiceToggled),
            (.right, .movedToQuestion(.next)), (.character("n"), .movedToQuestion(.next)),
            (.left, .movedToQuestion(.previous)), (.character("p"), .movedToQuestion(.previous)),
            (.character("f"), .flagToggled), (.character("r"), .reviewListOpened), (.character("s"), .submitRequested),
        ]
        for (key, event) in expected {
            #expect(ExamKeys.event(for: key, in: answering) == event, "\(key)")
        }
        for key: Key in [.character("0"), .character("q"), .escape, .pageUp, .pageDown, .tab, .character("y")] {
            #expect(ExamKeys.event(for: key, in: answering) == nil, "\(key)")
        }
    }

    @Test func reviewListKeys() {
        var session = exam(.reviewList(ExamSession.ReviewList(filter: .all, highlighted: 2)))
        #expect(ExamKeys.event(for: .enter, in: session) == .movedToQuestion(.index(2)))
        #expect(ExamKeys.event(for: .down, in: session) == .highlightMoved(by: 1))
        #expect(ExamKeys.event(for: .character("k"), in: session) == .highlightMoved(by: -1))
        #expect(ExamKeys.event(for: .tab, in: session) == .reviewFilterChanged(.unanswered))
        #expect(ExamKeys.event(for: .character("a"), in: session) == .reviewFilterChanged(.all))
        #expect(ExamKeys.event(for: .character("u"), in: session) == .reviewFilterChanged(.unanswered))
        #expect(ExamKeys.event(for: .character("f"), in: session) == .reviewFilterChanged(.flagged))
        #expect(ExamKeys.event(for: .character("1"), in: session) == .reviewListDigitTyped(1))
        #expect(ExamKeys.event(for: .character("0"), in: session) == .reviewListDigitTyped(0))
        #expect(ExamKeys.event(for: .home, in: session) == .highlightMoved(by: -session.items.count))
        #expect(ExamKeys.event(for: .end, in: session) == .highlightMoved(by: session.items.count))
        #expect(ExamKeys.event(for: .character("r"), in: session) == .reviewListClosed)
        #expect(ExamKeys.event(for: .character("s"), in: session) == .submitRequested)
        #expect(ExamKeys.event(for: .character("q"), in: session) == nil)

        session.flagged = [1, 2]
        session.phase = .reviewList(ExamSession.ReviewList(filter: .flagged, highlighted: 1))
        #expect(ExamKeys.event(for: .enter, in: session) == .movedToQuestion(.index(2)))
        #expect(ExamKeys.event(for: .tab, in: session) == .reviewFilterChanged(.all))
        session.flagged = []
        #expect(ExamKeys.event(for: .enter, in: session) == nil)
    }

    @Test func submitAndResultKeys() {
        let confirming = exam(.confirmingSubmit(returningTo: nil))
        #expect(ExamKeys.event(for: .character("y"), in: confirming) == .submitConfirmed)
        #expect(ExamKeys.event(for: .character("n"), in: confirming) == .submitCancelled)
        #expect(ExamKeys.event(for: .enter, in: confirming) == nil)
        #expect(ExamKeys.event(for: .escape, in: confirming) == nil)

        let result = ExamResult(session: exam(), howEnded: .submitted, at: Fixtures.at(1))
        #expect(ExamKeys.event(for: .enter, in: exam(.finished(result))) == .resultsReviewOpened)
        #expect(ExamKeys.event(for: .character("n"), in: exam(.finished(result))) == nil)
        let reviewing = exam(.reviewingResults(result, position: 1))
        #expect(ExamKeys.event(for: .right, in: reviewing) == .movedToQuestion(.next))
        #expect(ExamKeys.event(for: .enter, in: reviewing) == .movedToQuestion(.next))
        #expect(ExamKeys.event(for: .character("p"), in: reviewing) == .movedToQuestion(.previous))
        #expect(ExamKeys.event(for: .character("r"), in: reviewing) == .resultsReviewClosed)
    }

    @Test func hintsNameTheKeysThatWorkNow() {
        #expect(ExamKeys.hints(for: exam(), glyphs: .unicode) == [
            KeyHint("↑↓", "move"), KeyHint("1-3", "pick"), KeyHint("←→", "question"), KeyHint("f", "flag"),
            KeyHint("r", "review"), KeyHint("s", "submit"),
        ])
        var flaggedMultiple = exam(position: 1)
        flaggedMultiple.flagged = [1]
        #expect(ExamKeys.hints(for: flaggedMultiple, glyphs: .ascii).map(\.keys) == ["Up/Down", "1-4", "p/n", "f", "r", "s"])
        #expect(ExamKeys.hints(for: flaggedMultiple, glyphs: .ascii).map(\.action) == ["move", "toggle", "question", "unflag", "review", "submit"])
        let emptyFilter = exam(.reviewList(ExamSession.ReviewList(filter: .flagged, highlighted: 0)))
        #expect(ExamKeys.hints(for: emptyFilter, glyphs: .unicode).map(\.keys) == ["↑↓", "1-3", "Tab", "r", "s"])
        #expect(ExamKeys.hints(for: exam(.confirmingSubmit(returningTo: nil)), glyphs: .unicode).map(\.keys) == ["y", "n"])
    }

    @Test func everyHintLineFitsEightyColumnsWithRoomForTheAppsQuit() {
        let result = ExamResult(session: exam(), howEnded: .submitted, at: Fixtures.at(1))
        let phases: [ExamSession.Phase] = [
            .answering, .reviewList(ExamSession.ReviewList(filter: .all, highlighted: 0)), .confirmingSubmit(returningTo: nil),
            .finished(result), .reviewingResults(result, position: 0),
        ]
        for glyphs in [Glyphs.unicode, .ascii] {
            for phase in phases {
                let hints = ExamKeys.hints(for: exam(phase, position: 1), glyphs: glyphs) + [KeyHint("q", "quit")]
                #expect(hints.count <= 7)
                let width = hints.reduce(0) { $0 + DisplayWidth.of($1.keys) + 1 + DisplayWidth.of($1.action) + 2 } - 2
                #expect(width <= 78, "\(phase) \(hints)")
            }
        }
    }
}
