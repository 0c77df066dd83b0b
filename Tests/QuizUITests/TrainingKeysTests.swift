import Foundation
import Testing
import QuizCore
import QuizTestSupport
@testable import QuizUI

@Suite struct TrainingKeysTests {
    let modules = [TrainingFixtures.basics, TrainingFixtures.data]

    func session(_ events: [TrainingEvent], earlier: [ModuleResult] = []) -> TrainingSession {
        var session = TrainingFixtures.session(modules, earlier: earlier)
        for (second, event) in events.enumerated() {
            session = TrainingReducer.reduce(session, event, at: Fixtures.at(Double(second + 1))).0
        }
        return session
    }

    func event(_ key: Key, _ session: TrainingSession) -> TrainingEvent? {
        TrainingKeys.event(for: key, in: session)
    }

    @Test func moduleListKeys() {
        let list = session([])
        #expect(event(.down, list) == .highlightMoved(by: 1))
        #expect(event(.character("j"), list) == .highlightMoved(by: 1))
        #expect(event(.up, list) == .highlightMoved(by: -1))
        #expect(event(.character("k"), list) == .highlightMoved(by: -1))
        #expect(event(.enter, list) == .moduleChosen)
        #expect(TrainingKeys.hints(for: list, glyphs: .unicode) == [KeyHint("↑↓", "move"), KeyHint("Enter", "open"), KeyHint("q", "quit")])
    }

    @Test func theAppsKeysAreLeftToTheApp() {
        for state in [session([]), session([.moduleChosen]), session([.moduleChosen, .testOutRequested])] {
            for key in [Key.character("q"), .escape, .pageUp, .pageDown] {
                #expect(event(key, state) == nil)
            }
        }
    }

    @Test func pageKeys() {
        let first = session([.moduleChosen])
        for key in [Key.right, .character("n"), .enter] {
            #expect(event(key, first) == .nextPageRequested)
        }
        for key in [Key.left, .character("p"), .backspace] {
            #expect(event(key, first) == .previousPageRequested)
        }
        #expect(event(.character("t"), first) == .testOutRequested)
        #expect(TrainingKeys.hints(for: first, glyphs: .unicode) == [
            KeyHint("→/n", "next page"), KeyHint("←/p", "module list"), KeyHint("t", "test out"), KeyHint("q", "quit"),
        ])
        let last = session([.moduleChosen, .nextPageRequested])
        #expect(event(.character("t"), last) == nil)
        #expect(TrainingKeys.hints(for: last, glyphs: .ascii) == [
            KeyHint("Right/n", "questions"), KeyHint("Left/p", "previous page"), KeyHint("q", "quit"),
        ])
    }

    @Test func questionKeysAreThoseOfPractice() {
        let answering = session([.moduleChosen, .testOutRequested])
        #expect(event(.down, answering) == .question(.highlightMoved(by: 1)))
        #expect(event(.character("k"), answering) == .question(.highlightMoved(by: -1)))
        #expect(event(.enter, answering) == .question(.answerChosen))
        #expect(event(.character("2"), answering) == .question(.choicePicked(1)))
        #expect(event(.character("t"), answering) == nil)
        #expect(TrainingKeys.hints(for: answering, glyphs: .unicode) == [
            KeyHint("↑↓", "move"), KeyHint("Enter", "answer"), KeyHint("1-3", "answer"), KeyHint("q", "quit"),
        ])
        let reviewing = session([.moduleChosen, .testOutRequested, .question(.choicePicked(0))])
        #expect(event(.enter, reviewing) == .question(.nextRequested))
        #expect(event(.character("1"), reviewing) == nil)
        #expect(TrainingKeys.hints(for: reviewing, glyphs: .unicode) == [KeyHint("Enter", "next question"), KeyHint("q", "quit")])
    }

    @Test func resultKeysRetakeAFailAndMoveOnFromAPass() {
        let answers = [TrainingEvent.question(.choicePicked(0)), .question(.nextRequested)]
        let failed = session([.moduleChosen, .testOutRequested] + Array(repeating: answers, count: 5).flatMap { $0 })
        guard case .result = failed.screen else {
            Issue.record("expected the result, got \(failed.screen)")
            return
        }
        #expect(event(.enter, failed) == .retakeRequested)
        #expect(event(.character("r"), failed) == .retakeRequested)
        #expect(event(.left, failed) == .continueRequested)
        #expect(TrainingKeys.hints(for: failed, glyphs: .unicode) == [KeyHint("Enter", "retake"), KeyHint("←", "module list"), KeyHint("q", "quit")])


        let passed = answeringRight(session([.moduleChosen, .testOutRequested]))
        #expect(event(.enter, passed) == .continueRequested)
        #expect(event(.character("r"), passed) == .retakeRequested)
        #expect(TrainingKeys.hints(for: passed, glyphs: .unicode) == [KeyHint("Enter", "module list"), KeyHint("r", "retake"), KeyHint("q", "quit")])
    }

    /// Answers every question of the attempt on screen right, and leaves the last feedback.
    func answeringRight(_ start: TrainingSession) -> TrainingSession {
        var state = start
        while let item = state.attempt?.questions.current {
            for event in [TrainingEvent.question(.choicePicked(item.correctPositions.first!)), .question(.nextRequested)] {
                state = TrainingReducer.reduce(state, event, at: Fixtures.at(50)).0
            }
        }
        return state
    }

    @Test func afterTheLastModule() {
        let earlier = [TrainingFixtures.result(TrainingFixtures.basics, correct: 5, at: -100)]
        var state = answeringRight(session([.moduleChosen, .testOutRequested], earlier: earlier))
        #expect(event(.enter, state) == .continueRequested)
        #expect(event(.character("r"), state) == .retakeRequested)
        #expect(TrainingKeys.hints(for: state, glyphs: .unicode) == [KeyHint("Enter", "see your record"), KeyHint("r", "retake"), KeyHint("q", "quit")])
        state = TrainingReducer.reduce(state, .continueRequested, at: Fixtures.at(60)).0
        #expect(event(.enter, state) == .continueRequested)
        #expect(TrainingKeys.hints(for: state, glyphs: .unicode) == [KeyHint("Enter", "module list"), KeyHint("q", "quit")])
    }
}
