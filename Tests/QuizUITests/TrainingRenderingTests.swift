import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport
@testable import QuizUI

/// Each training screen rendered at 80x24, with the app's frame and the training's key hints, against a golden file.
@Suite struct TrainingRenderingTests {
    static let stepQuestion = Question(
        id: "scenario.leak.who", kind: .single, topic: "basics", difficulty: .easy, serviceModel: nil,
        prompt: "Who was responsible for preventing this exposure?",
        choices: [
            Choice(text: "The company", isCorrect: true, why: "Access settings are security IN the cloud."),
            Choice(text: "AWS", isCorrect: false, why: "The service worked as designed."),
        ],
        explanation: "Who may read a bucket is the customer's to decide.", sources: [.seed(file: "000.txt")], checked: "2026-11-22"
    )

    static let scenario = Scenario(
        id: "scenario.leak", title: "The bucket that went public", topic: "basics", difficulty: .easy, serviceModel: nil,
        narrative: "An analyst turns off Block Public Access to share a brochure. The same bucket holds a customer list, which strangers download.",
        steps: [ScenarioStep(aim: .responsibility, question: stepQuestion)], summary: "Keep Block Public Access on.",
        sources: [.seed(file: "000.txt")], checked: "2026-11-22"
    )

    static let bank = Bank(topics: Fixtures.bank.topics, questions: Fixtures.bank.questions, scenarios: [scenario])

    static let ofAndIn = TrainingModule(
        id: "training.of-and-in", title: "Security OF and IN the cloud",
        summary: "Who keeps what safe when we use AWS, and why the cloud does not take security off our hands.",
        pages: [
            TrainingPage(title: "One job, two sides", paragraphs: [
                "Moving to the cloud does not hand all of security over to AWS. The work is split between AWS and us, the customer.",
                "AWS looks after security OF the cloud, and we look after security IN the cloud.",
            ]),
            TrainingPage(title: "What we look after", paragraphs: [
                "Everything we put into AWS, and every setting we choose, is ours to secure.",
                "A security feature that nobody switches on protects nothing.",
            ]),
        ],
        questions: [Fixtures.single, Fixtures.multiple, Fixtures.owner], sources: [.seed(file: "000.txt")], checked: "2026-11-22"
    )

    static let data = TrainingModule(
        id: "training.your-data", title: "Your data and encryption", summary: "Our data stays ours.",
        pages: [TrainingPage(title: "Our data is always ours", paragraphs: ["We decide who may read it."])],
        questions: [stepQuestion, Fixtures.single], sources: [.seed(file: "000.txt")], checked: "2026-11-22"
    )

    static let incidents = TrainingModule(
        id: "training.incidents", title: "Incidents and what to do", summary: "Spotting, reporting and handling incidents.",
        pages: [TrainingPage(title: "Report at once", paragraphs: ["Tell the security team."])],
        questions: [Fixtures.owner], sources: [.seed(file: "000.txt")], checked: "2026-11-22"
    )

    static let modules = [ofAndIn, data, incidents]

    func earlier(_ module: TrainingModule, correct: Int, total: Int, at seconds: Double, testedOut: Bool = false) -> ModuleResult {
        ModuleResult(
            moduleID: module.id, title: module.title, correct: correct, total: total, passMark: .standard, testedOut: testedOut,
            startedAt: Fixtures.at(seconds - 120), finishedAt: Fixtures.at(seconds), session: "train-earlier", bankFingerprint: "f00d",
            questionIds: []
        )
    }

    func session(earlier: [ModuleResult] = [], _ events: [TrainingEvent] = []) -> TrainingSession {
        var session = TrainingSession(
            profile: "ada", modules: Self.modules, passMark: .standard,
            bankFingerprint: "3f2a9c4b1d0e77aa5b6c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c", earlierResults: earlier, seed: 7
        )
        for (second, event) in events.enumerated() {
            session = TrainingReducer.reduce(session, event, at: Fixtures.at(Double(second + 1))).0
        }
        return session
    }

    func render(_ session: TrainingSession, width: Int = 80, height: Int = 24, glyphs: Glyphs = .unicode) -> ScreenBuffer {
        var screen = ScreenBuffer(width: width, height: height)
        let context = ViewContext(bank: Self.bank, glyphs: glyphs)
        Chrome.draw(into: &screen, profile: "ada", hints: TrainingKeys.hints(for: session, glyphs: glyphs), glyphs: glyphs)
        Chrome.drawBody(TrainingView.lines(session, context: context, width: Chrome.bodyWidth(width: width)), into: &screen, glyphs: glyphs)
        return screen
    }

    /// A step of a test: an event, or answering the question on screen right or wrong, whatever its kind.
    enum Step {
        case event(TrainingEvent)
        case answer(right: Bool)
    }

    /// The events that answer the question on screen: its right choices, or one wrong one (with a right one for
    /// multiple response), then submit.
    func events(answering session: TrainingSession, right: Bool) -> [TrainingEvent] {
        let item = session.attempt!.questions.current!
        let rightPositions = item.correctPositions.sorted()
        let wrongPosition = item.order.indices.first { !item.correctPositions.contains($0) }!
        guard item.question.kind == .multiple else {
            return [.question(.choicePicked(right ? rightPositions[0] : wrongPosition))]
        }
        let picks = right ? rightPositions : [rightPositions[0], wrongPosition]
        return picks.map { .question(.choicePicked($0)) } + [.question(.answerChosen)]
    }

    func play(_ start: TrainingSession, _ steps: [Step]) -> TrainingSession {
        var session = start
        var second = 100.0
        for step in steps {
            let events = switch step {
            case .event(let event): [event]
            case .answer(let right): self.events(answering: session, right: right)
            }
            for event in events {
                second += 1
                session = TrainingReducer.reduce(session, event, at: Fixtures.at(second)).0
            }
        }
        return session
    }

    @Test func theModuleListOfANewLearner() throws {
        try GoldenFile.check(render(session()), "training-modules-80x24")
    }

    @Test func theModuleListWithAPassAFailAndALockedModuleChosen() throws {
        let results = [earlier(Self.ofAndIn, correct: 3, total: 3, at: -900), earlier(Self.data, correct: 1, total: 2, at: -500)]
        let screen = render(session(earlier: results, [.highlightMoved(by: 1), .moduleChosen]))
        try GoldenFile.check(screen, "training-modules-locked-80x24")
        let row = try #require(screen.lines.firstIndex { $0.contains("3. Incidents and what to do") })
        #expect(screen[row, 1].style == .selected)
    }

    @Test func theFirstPageOffersToTestOut() throws {
        try GoldenFile.check(render(session([.moduleChosen])), "training-page-first-80x24")
    }

    @Test func theLastPageLeadsToTheQuestions() throws {
        try GoldenFile.check(render(session([.moduleChosen, .nextPageRequested])), "training-page-last-80x24")
    }

    @Test func aQuestionOfAModule() throws {
        try GoldenFile.check(render(session([.moduleChosen, .nextPageRequested, .nextPageRequested])), "training-question-80x24")
    }

    @Test func aScenarioStepFollowsItsStory() throws {
        let passed = [earlier(Self.ofAndIn, correct: 3, total: 3, at: -900)]
        let screen = render(session(earlier: passed, [.moduleChosen, .testOutRequested]))
        try GoldenFile.check(screen, "training-question-scenario-80x24")
        #expect(screen.lines.joined().contains("Testing out of module 2"))
    }

    @Test func feedbackAfterAnAnswer() throws {
        let start = session([.moduleChosen, .testOutRequested])
        try GoldenFile.check(render(play(start, [.answer(right: false)])), "training-feedback-80x24")
    }

    @Test func aPassedModule() throws {
        let start = session([.moduleChosen, .testOutRequested])
        let next = Step.event(.question(.nextRequested))
        let steps: [Step] = [.answer(right: true), next, .answer(right: true), next, .answer(right: true), next]
        let screen = render(play(start, steps))
        try GoldenFile.check(screen, "training-result-passed-80x24")
        #expect(screen.lines.joined().contains("Passed: 3 of 3 (100%), pass mark 80%"))
    }

    @Test func aModuleNotYetPassed() throws {
        let start = session([.moduleChosen, .nextPageRequested, .nextPageRequested])
        let next = Step.event(.question(.nextRequested))
        let steps: [Step] = [.answer(right: true), next, .answer(right: false), next, .answer(right: false), next]
        let screen = render(play(start, steps))
        try GoldenFile.check(screen, "training-result-failed-80x24")
        #expect(screen.lines.joined().contains("Not yet passed: 1 of 3 (33%), pass mark 80%"))
    }

    @Test func theResultThatCompletesTrainingAndTheRecord() throws {
        let results = [
            earlier(Self.ofAndIn, correct: 3, total: 3, at: -90_000), earlier(Self.data, correct: 2, total: 2, at: -500, testedOut: true),
        ]
        let start = session(earlier: results, [.moduleChosen, .testOutRequested])
        let result = play(start, [.answer(right: true), .event(.question(.nextRequested))])
        try GoldenFile.check(render(result), "training-result-completes-80x24")
        let record = play(result, [.event(.continueRequested)])
        try GoldenFile.check(render(record), "training-complete-80x24")
        try GoldenFile.check(render(record, glyphs: .ascii), "training-complete-ascii-80x24")
    }

    @Test func scoresNeverRoundUpToAPassMarkNotReached() {
        let mark = PassMark(percent: 88)!
        #expect(TrainingView.score(correct: 7, total: 8, passMark: mark) == "7 of 8 (87%)")
        #expect(TrainingView.score(correct: 7, total: 8, passMark: .standard) == "7 of 8 (88%)")
        #expect(TrainingView.score(correct: 2, total: 3, passMark: .standard) == "2 of 3 (67%)")
    }

    @Test(arguments: [(60, 16), (80, 24), (200, 60)])
    func everyTrainingScreenStaysInsideTheEdge(width: Int, height: Int) {
        let passed = [earlier(Self.ofAndIn, correct: 3, total: 3, at: -900)]
        let sessions = [
            session(), session(earlier: passed, [.highlightMoved(by: 1), .highlightMoved(by: 1), .moduleChosen]),
            session([.moduleChosen]), session(earlier: passed, [.moduleChosen, .testOutRequested]),
            play(session([.moduleChosen, .testOutRequested]), [.answer(right: false)]),
        ]
        for session in sessions {
            let screen = render(session, width: width, height: height)
            for line in screen.lines {
                #expect(DisplayWidth.of(line) <= width)
            }
        }
    }
}
