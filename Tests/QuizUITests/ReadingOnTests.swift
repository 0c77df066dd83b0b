import Foundation
import Testing
import QuizCore
import QuizTestSupport
@testable import QuizUI

/// After an answer the verdict and the start of the explanation are on screen, and Enter (or `n` on a teaching
/// page) reads on through anything below the fold before it moves on: nothing is skipped without a word.
@Suite struct ReadingOnTests {
    static let sizes = [(width: 60, height: 16), (width: 80, height: 24)]
    let bank: Bank
    let context: ViewContext
    let reducer: AppReducer

    init() throws {
        bank = try BankLoader.load(directory: Fixtures.bundledBankURL, trainingRequired: true)
        context = ViewContext(bank: bank, glyphs: .unicode)
        reducer = AppReducer(bank: bank)
    }

    func state(_ screen: AppState.Screen) -> AppState {
        AppState(screen: screen, profile: "a-long-profile-name", totals: ProgressTotals(), sessionSize: 2, nextSeed: 1)
    }

    /// A session of `question` then one more, answered wrong with every wrong pick it allows (the longest feedback).
    func answeredWrong(_ question: Question, scenario: ScenarioPlacement? = nil) -> PracticeSession {
        let item = SessionItem(question: question, order: Array(question.choices.indices), scenario: scenario)
        let next = SessionItem(question: bank.questions[0], order: Array(bank.questions[0].choices.indices))
        var session = PracticeSession(id: "s", items: [item, next], startedAt: Fixtures.start)
        let wrong = question.choices.indices.filter { !question.choices[$0].isCorrect }
        let picks = question.kind == .multiple ? Array(wrong.prefix(question.picksRequired)) : [wrong[0]]
        let outcome = AnswerOutcome(questionID: question.id, topic: question.topic, chosen: picks, isCorrect: false, seconds: 1, answeredAt: Fixtures.start)
        session.outcomes = [outcome]
        session.phase = .reviewing(outcome)
        return session
    }

    var everyQuestion: [Question] {
        bank.questions + bank.scenarios.flatMap { $0.steps.map(\.question) }
    }

    /// Presses `key` until the screen moves on; returns how many presses scrolled and the last frame before moving on.
    func pressUntilItMovesOn(_ key: Key, from start: AppState, width: Int, height: Int) -> (scrolls: Int, last: ScreenBuffer, event: AppEvent?) {
        var state = start
        var scrolls = 0
        while true {
            let frame = AppView.render(state, context: context, width: width, height: height)
            let event = KeyBindings.event(for: key, in: state, frame: frame)
            guard case .bodyScrolled = event, scrolls < 100 else { return (scrolls, frame, event) }
            scrolls += 1
            state = reducer.reduce(state, event!, at: Fixtures.start).0
        }
    }

    @Test(arguments: sizes) func theVerdictAndTheStartOfTheExplanationAreInViewAfterEveryAnswer(size: (width: Int, height: Int)) {
        for question in everyQuestion {
            let screen = AppView.render(state(.practice(answeredWrong(question))), context: context, width: size.width, height: size.height)
            let lines = screen.lines
            guard let verdict = lines.firstIndex(where: { $0.contains("✘ Wrong: the right answer") }) else {
                Issue.record("\(question.id): no verdict on screen at \(size.width)x\(size.height):\n\(lines.joined(separator: "\n"))")
                continue
            }
            let firstWords = String(question.explanation.split(separator: " ").prefix(2).joined(separator: " "))
            #expect(lines[verdict + 1].contains(firstWords), "\(question.id): the explanation does not start under the verdict at \(size.width)x\(size.height)")
        }
    }

    @Test(arguments: sizes) func enterReadsALongScenarioStepToItsEndBeforeMovingOn(size: (width: Int, height: Int)) throws {
        let steps = bank.scenarios.flatMap { scenario in scenario.steps.indices.map { ScenarioPlacement(scenario, step: $0) } }
        let length = { (placement: ScenarioPlacement) in
            let scenario = bank.scenarios.first { $0.id == placement.scenarioID }!
            let closing = placement.step == placement.stepCount - 1 ? placement.summary.count : 0
            return scenario.steps[placement.step].question.explanation.count + closing
        }
        let longest = try #require(steps.max { length($0) < length($1) })
        let question = bank.scenarios.first { $0.id == longest.scenarioID }!.steps[longest.step].question
        let session = answeredWrong(question, scenario: longest)
        let start = state(.practice(session))
        let first = AppView.render(start, context: context, width: size.width, height: size.height)
        let (scrolls, last, event) = pressUntilItMovesOn(.enter, from: start, width: size.width, height: size.height)
        #expect(scrolls > 0 || first.scrollLimit == 0)
        #expect(last.scrollOffset == last.scrollLimit, "Enter moved on with text unread")
        #expect(event == .session(.nextRequested))
        if first.scrollLimit > first.scrollOffset {
            #expect(first.lines.last?.contains("Enter read on") == true, "the bottom line says Enter reads on:\n\(first.lines.joined(separator: "\n"))")
            #expect(first.lines.joined().contains("below (Enter or PgDn)"))
        }
        #expect(last.lines.last?.contains("Enter next question") == true, "at the end Enter names where it goes")
    }

    @Test func atSixtyBySixteenSomeFeedbackNeedsReadingOnAndGetsIt() {
        let long = everyQuestion.filter { question in
            let state = state(.practice(answeredWrong(question)))
            let frame = AppView.render(state, context: context, width: 60, height: 16)
            return frame.scrollOffset < frame.scrollLimit
        }
        #expect(!long.isEmpty, "the case this guards never arises")
        for question in long.prefix(40) {
            let (scrolls, last, event) = pressUntilItMovesOn(.enter, from: state(.practice(answeredWrong(question))), width: 60, height: 16)
            #expect(scrolls >= 1)
            #expect(last.scrollOffset == last.scrollLimit, "\(question.id)")
            #expect(event == .session(.nextRequested), "\(question.id)")
        }
    }

    @Test(arguments: [Key.character("n"), .right, .enter]) func aLongTeachingPageIsReadToItsEndBeforeTheNextPage(key: Key) throws {
        var session = TrainingSession(
            profile: "a", modules: bank.trainingModules, passMark: bank.trainingPassMark,
            bankFingerprint: BankFingerprint.of(bank), earlierResults: [], seed: 1
        )
        let pages = bank.trainingModules.indices.flatMap { module in bank.trainingModules[module].pages.indices.map { (module, $0) } }
        let longest = try #require(pages.max { lhs, rhs in
            bank.trainingModules[lhs.0].pages[lhs.1].paragraphs.joined().count < bank.trainingModules[rhs.0].pages[rhs.1].paragraphs.joined().count
        })
        session.screen = .page(module: longest.0, page: longest.1)
        let start = state(.training(session))
        let first = AppView.render(start, context: context, width: 60, height: 16)
        #expect(first.scrollLimit > 0, "the longest page fits 60x16: this test guards nothing")
        #expect(first.lines.last?.hasPrefix(" Enter read on") == true, "\(first.lines.last ?? "")")
        let (scrolls, last, event) = pressUntilItMovesOn(key, from: start, width: 60, height: 16)
        #expect(scrolls >= 1)
        #expect(last.scrollOffset == last.scrollLimit)
        #expect(event == .training(.nextPageRequested))
    }

    @Test func goingBackAndTestingOutAreNeverHeldUp() throws {
        var session = TrainingSession(
            profile: "a", modules: bank.trainingModules, passMark: bank.trainingPassMark,
            bankFingerprint: BankFingerprint.of(bank), earlierResults: [], seed: 1
        )
        session.screen = .page(module: 0, page: 0)
        let start = state(.training(session))
        let frame = AppView.render(start, context: context, width: 60, height: 16)
        try #require(frame.scrollLimit > 0)
        #expect(KeyBindings.event(for: .character("t"), in: start, frame: frame) == .training(.testOutRequested))
        #expect(KeyBindings.event(for: .character("p"), in: start, frame: frame) == .training(.previousPageRequested))
    }

    @Test func aHintWithAnotherKeyKeepsThatKeyWhileEnterReadsOn() {
        let state = state(.progress)
        let hints = ReadingOn.hints([KeyHint("Enter/q", "back"), KeyHint("→/n", "next page")], in: state, unreadBelow: 3)
        #expect(hints == [KeyHint("Enter", "read on (3 more lines)"), KeyHint("q", "back")])
    }

    @Test func whileAnsweringEnterNeverScrolls() {
        let question = everyQuestion.max { $0.prompt.count < $1.prompt.count }!
        let item = SessionItem(question: question, order: Array(question.choices.indices))
        var session = PracticeSession(id: "s", items: [item], startedAt: Fixtures.start)
        session.phase = .answering(highlighted: 0, picked: [], notice: nil)
        let state = state(.practice(session))
        let frame = AppView.render(state, context: context, width: 60, height: 16)
        #expect(KeyBindings.event(for: .enter, in: state, frame: frame) == .session(.answerChosen))
    }
}

/// At the end of a session that missed something, `r` asks those questions again, and the bottom line says so.
@Suite struct RetryMissedKeysTests {
    @Test func rRetriesOnlyWhenSomethingWasMissed() {
        var session = Fixtures.session([Fixtures.single])
        let wrong = AnswerOutcome(questionID: "t.single", topic: "basics", chosen: [1], isCorrect: false, seconds: 1, answeredAt: Fixtures.start)
        session.outcomes = [wrong]
        session.position = 1
        session.phase = .finished
        let state = AppState(screen: .practice(session), profile: "a", totals: ProgressTotals(), sessionSize: 1, nextSeed: 1)
        #expect(KeyBindings.event(for: .character("r"), in: state) == .retryMissedRequested)
        #expect(KeyBindings.hints(for: state, glyphs: .unicode).contains(KeyHint("r", "retry the 1 you missed")))
        session.outcomes = [AnswerOutcome(questionID: "t.single", topic: "basics", chosen: [0], isCorrect: true, seconds: 1, answeredAt: Fixtures.start)]
        let clean = AppState(screen: .practice(session), profile: "a", totals: ProgressTotals(), sessionSize: 1, nextSeed: 1)
        #expect(KeyBindings.event(for: .character("r"), in: clean) == nil)
        #expect(!KeyBindings.hints(for: clean, glyphs: .unicode).contains { $0.keys == "r" })
    }
}

/// On the home screen `w` and `m` practise the weakest area and the questions last missed; the Practice line says
/// so once there is something to aim at.
@Suite struct HomeFocusKeysTests {
    @Test func wAndMAimPracticeAndThePracticeLineOffersThem() {
        var state = AppState(screen: .home(highlighted: .practice), profile: "a", totals: ProgressTotals(), sessionSize: 5, nextSeed: 1)
        #expect(KeyBindings.event(for: .character("w"), in: state) == .homePracticeFocused(.weakest))
        #expect(KeyBindings.event(for: .character("m"), in: state) == .homePracticeFocused(.missed))
        #expect(HomeView.practiceSummary(state, entry: .practice) == HomeEntry.practice.summary)
        for _ in 0..<RecentResults.enoughToJudge {
            state.recent.record(questionID: "t.single", topic: "basics", task: ExamTask(id: "2.3"), credit: 0)
        }
        #expect(HomeView.practiceSummary(state, entry: .practice) == HomeEntry.practice.summary + "; w your weakest (task 2.3), m the 1 you missed")
    }
}
