import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// A scenario is played as a unit: its story first, its steps in order, and the story a key away.
@Suite struct ScenarioPlayTests {
    typealias Store = TestStore<PracticeSession, SessionEvent, SessionEffect>

    static func step(_ question: Question, id: String, aim: ScenarioAim) -> ScenarioStep {
        ScenarioStep(aim: aim, question: Question(
            id: id, kind: question.kind, topic: "incidents", difficulty: question.difficulty, serviceModel: nil,
            prompt: question.prompt, choices: question.choices, explanation: question.explanation,
            sources: question.sources, checked: question.checked
        ))
    }

    static let bucket = Scenario(
        id: "scenario.bucket", title: "The public bucket", topic: "incidents", difficulty: .easy, serviceModel: .abstracted,
        narrative: "A bucket was made public.",
        steps: [
            step(Fixtures.single, id: "scenario.bucket.who", aim: .responsibility),
            step(Fixtures.multiple, id: "scenario.bucket.control", aim: .failedControl),
            step(Fixtures.single, id: "scenario.bucket.prevent", aim: .prevention),
        ],
        summary: "Keep Block Public Access on.", sources: [.seed(file: "000.txt")], checked: "2026-11-22"
    )

    static let bank = Bank(
        topics: Fixtures.bank.topics + [Topic(id: "incidents", title: "Incidents")],
        questions: Fixtures.bank.questions, scenarios: [bucket]
    )

    @Test func practiceDrawsAScenarioWholeAndInOrderWhenItFits() {
        var drawnWhole = 0
        for seed in 0..<40 {
            let items = SessionBuilder.items(from: Self.bank, count: 6, seed: UInt64(seed))
            #expect(items.count == 6)
            let steps = items.compactMap(\.scenario)
            #expect(steps.isEmpty || steps.map(\.step) == [0, 1, 2], "seed \(seed) split the scenario: \(steps.map(\.step))")
            if let first = items.firstIndex(where: \.opensScenario) {
                #expect(items[first..<(first + 3)].map(\.question.id) == ["scenario.bucket.who", "scenario.bucket.control", "scenario.bucket.prevent"])
                drawnWhole += 1
            }
        }
        #expect(drawnWhole == 40, "with room for it, the scenario is always drawn")
    }

    @Test func aScenarioWithoutRoomIsLeftOutRatherThanCut() {
        for seed in 0..<40 {
            let items = SessionBuilder.items(from: Self.bank, count: 2, seed: UInt64(seed))
            #expect(items.count == 2)
            #expect(items.allSatisfy { $0.scenario == nil })
        }
    }

    @Test func theStoryComesFirstAndIsAKeyAwayDuringTheSteps() {
        let items = SessionBuilder.items(playing: Self.bucket, seed: 1)
        #expect(items.map(\.question.id) == ["scenario.bucket.who", "scenario.bucket.control", "scenario.bucket.prevent"])
        #expect(items.last?.closesScenario == true)
        let session = PracticeSession(id: "s", items: items, startedAt: Fixtures.start)
        #expect(session.showsStory)
        var store = Store(session, reduce: SessionReducer.reduce)
        store.send(.choicePicked(0), at: Fixtures.at(1))
        store.send(.storyClosed, at: Fixtures.at(5)) {
            $0.showsStory = false
            $0.questionShownAt = Fixtures.at(5)
        }
        store.send(.storyOpened, at: Fixtures.at(6)) { $0.showsStory = true }
        store.send(.storyClosed, at: Fixtures.at(8)) {
            $0.showsStory = false
            $0.questionShownAt = Fixtures.at(8)
        }
        let right = items[0].correctPositions.first!
        let outcome = AnswerOutcome(
            questionID: "scenario.bucket.who", topic: "incidents", chosen: [items[0].order[right]], isCorrect: true,
            seconds: 2, answeredAt: Fixtures.at(10)
        )
        store.send(.choicePicked(right), at: Fixtures.at(10), effects: [.answerRecorded(outcome)]) {
            $0.outcomes = [outcome]
            $0.phase = .reviewing(outcome)
        }
        store.send(.nextRequested, at: Fixtures.at(12)) {
            $0.position = 1
            $0.questionShownAt = Fixtures.at(12)
            $0.phase = .answering(highlighted: nil, picked: [], notice: nil)
        }
    }

    @Test func aPlainQuestionHasNoStoryToOpen() {
        var store = Store(Fixtures.session([Fixtures.single]), reduce: SessionReducer.reduce)
        store.send(.storyOpened, at: Fixtures.at(1))
    }
}
