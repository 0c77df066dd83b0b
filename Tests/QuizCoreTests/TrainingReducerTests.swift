import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

@Suite struct TrainingReducerTests {
    typealias Store = TestStore<TrainingSession, TrainingEvent, TrainingEffect>
    let basics = TrainingFixtures.basics
    let data = TrainingFixtures.data
    let incidents = TrainingFixtures.incidents

    func store(_ session: TrainingSession = TrainingFixtures.session()) -> Store {
        Store(session, reduce: TrainingReducer.reduce)
    }

    /// The attempt an event at `seconds` starts on `module`, drawn with `seed`.
    func attempt(_ module: TrainingModule, seed: UInt64, at seconds: Double, testingOut: Bool = false) -> TrainingSession.ModuleAttempt {
        let id = "train-\(Int64((Fixtures.at(seconds).timeIntervalSince1970 * 1000).rounded()))-\(seed)"
        let questions = PracticeSession(id: id, items: TrainingDraw.items(for: module, seed: seed), startedAt: Fixtures.at(seconds))
        return TrainingSession.ModuleAttempt(questions: questions, testingOut: testingOut, startedAt: Fixtures.at(seconds))
    }

    func seed(after seed: UInt64) -> UInt64 {
        var generator = SeededGenerator(seed: seed)
        return generator.next()
    }

    /// Answers the question on screen right or wrong at `seconds`; the last answer also finishes the module with
    /// `finishing`, and with `completing` completes the training.
    func answer(
        _ store: inout Store, right: Bool, at seconds: Double, finishing: ModuleResult? = nil, completing: CompletionRecord? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let attempt = store.state.attempt, let item = attempt.questions.current else {
            Issue.record("no question on screen", sourceLocation: sourceLocation)
            return
        }
        let rightIndex = item.question.correctIndices.first!
        let picked = right ? rightIndex : (rightIndex + 1) % item.question.choices.count
        let outcome = AnswerOutcome(
            questionID: item.question.id, topic: item.question.topic, chosen: [picked], isCorrect: right,
            seconds: Fixtures.at(seconds).timeIntervalSince(attempt.questions.questionShownAt), answeredAt: Fixtures.at(seconds)
        )
        var effects: [TrainingEffect] = [.answerRecorded(outcome, sessionID: attempt.questions.id)]
        if let finishing { effects.append(.moduleFinished(finishing)) }
        if let completing { effects.append(.trainingCompleted(completing)) }
        store.send(.question(.choicePicked(picked)), at: Fixtures.at(seconds), effects: effects, sourceLocation: sourceLocation) {
            $0.updateAttempt {
                $0.questions.outcomes.append(outcome)
                $0.questions.phase = .reviewing(outcome)
                $0.result = finishing
                $0.completesTraining = completing != nil
            }
            if let finishing { $0.results.append(finishing) }
            if let completing { $0.completion = completing }
        }
    }

    /// Leaves the feedback of a question that is not the last.
    func next(_ store: inout Store, at seconds: Double, sourceLocation: SourceLocation = #_sourceLocation) {
        store.send(.question(.nextRequested), at: Fixtures.at(seconds), sourceLocation: sourceLocation) {
            $0.updateAttempt {
                $0.questions.position += 1
                $0.questions.questionShownAt = Fixtures.at(seconds)
                $0.questions.phase = .answering(highlighted: nil, picked: [], notice: nil)
            }
        }
    }

    /// Leaves the feedback of the last question, for the result.
    func finish(_ store: inout Store, at seconds: Double, sourceLocation: SourceLocation = #_sourceLocation) {
        guard case .questions(let module, var attempt) = store.state.screen else {
            Issue.record("no attempt on screen", sourceLocation: sourceLocation)
            return
        }
        attempt.questions.position += 1
        attempt.questions.questionShownAt = Fixtures.at(seconds)
        attempt.questions.phase = .finished
        store.send(.question(.nextRequested), at: Fixtures.at(seconds), sourceLocation: sourceLocation) {
            $0.screen = .result(module: module, attempt: attempt)
        }
    }

    /// The result the current attempt at `module` finishes with at `seconds`, `correct` right.
    func result(_ store: Store, _ module: TrainingModule, correct: Int, at seconds: Double) -> ModuleResult {
        let attempt = store.state.attempt!
        return ModuleResult(
            moduleID: module.id, title: module.title, correct: correct, total: attempt.questions.items.count,
            passMark: store.state.passMark, testedOut: attempt.testingOut, startedAt: attempt.startedAt, finishedAt: Fixtures.at(seconds),
            session: attempt.questions.id, bankFingerprint: TrainingFixtures.fingerprint,
            questionIds: attempt.questions.items.map(\.question.id)
        )
    }

    @Test func aNewLearnerStartsOnTheFirstModuleAndOnlyItIsOpen() {
        let session = TrainingFixtures.session()
        #expect(session.screen == .moduleList(highlighted: 0, notice: nil))
        #expect(session.status(ofModule: 0) == .notStarted)
        #expect(session.status(ofModule: 1) == .locked)
        #expect(session.status(ofModule: 2) == .locked)
        #expect(session.nextModule == 0)
        #expect(!session.isUnderWay)
    }

    @Test func readingThePagesForwardAndBack() {
        var store = store()
        store.send(.highlightMoved(by: -1), at: Fixtures.at(1))
        store.send(.moduleChosen, at: Fixtures.at(1)) {
            $0.screen = .page(module: 0, page: 0)
        }
        store.send(.nextPageRequested, at: Fixtures.at(2)) {
            $0.screen = .page(module: 0, page: 1)
        }
        store.send(.testOutRequested, at: Fixtures.at(3))
        store.send(.question(.choicePicked(0)), at: Fixtures.at(3))
        store.send(.previousPageRequested, at: Fixtures.at(4)) {
            $0.screen = .page(module: 0, page: 0)
        }
        store.send(.previousPageRequested, at: Fixtures.at(5)) {
            $0.screen = .moduleList(highlighted: 0, notice: nil)
        }
    }

    @Test func passingAtExactlyThePassMark() {
        var store = store()
        store.send(.moduleChosen, at: Fixtures.at(1)) { $0.screen = .page(module: 0, page: 0) }
        store.send(.nextPageRequested, at: Fixtures.at(2)) { $0.screen = .page(module: 0, page: 1) }
        store.send(.nextPageRequested, at: Fixtures.at(3)) {
            $0.screen = .questions(module: 0, attempt: attempt(basics, seed: 7, at: 3))
            $0.nextSeed = seed(after: 7)
        }
        #expect(store.state.isUnderWay)
        for (index, right) in [true, false, true, true].enumerated() {
            answer(&store, right: right, at: Double(10 + 2 * index))
            next(&store, at: Double(11 + 2 * index))
        }
        let passed = result(store, basics, correct: 4, at: 20)
        #expect(passed.passed && passed.score == 0.8 && passed.total == 5)
        answer(&store, right: true, at: 20, finishing: passed)
        #expect(!store.state.isUnderWay)
        finish(&store, at: 21)
        store.send(.continueRequested, at: Fixtures.at(22)) {
            $0.screen = .moduleList(highlighted: 1, notice: nil)
        }
        #expect(store.state.status(ofModule: 0) == .passed(passed))
        #expect(store.state.status(ofModule: 1) == .notStarted)
        #expect(store.state.status(ofModule: 2) == .locked)
    }

    @Test func failingJustBelowThePassMarkThenRetaking() {
        var store = store()
        store.send(.moduleChosen, at: Fixtures.at(1)) { $0.screen = .page(module: 0, page: 0) }
        store.send(.testOutRequested, at: Fixtures.at(2)) {
            $0.screen = .questions(module: 0, attempt: attempt(basics, seed: 7, at: 2, testingOut: true))
            $0.nextSeed = seed(after: 7)
        }
        for (index, right) in [true, false, true, false].enumerated() {
            answer(&store, right: right, at: Double(10 + 2 * index))
            next(&store, at: Double(11 + 2 * index))
        }
        let failed = result(store, basics, correct: 3, at: 20)
        #expect(!failed.passed && failed.testedOut && failed.score == 0.6)
        answer(&store, right: true, at: 20, finishing: failed)
        finish(&store, at: 21)
        #expect(store.state.status(ofModule: 0) == .notPassed(failed))
        #expect(store.state.status(ofModule: 1) == .locked)
        store.send(.retakeRequested, at: Fixtures.at(22)) {
            $0.screen = .page(module: 0, page: 0)
        }
        store.send(.nextPageRequested, at: Fixtures.at(23)) { $0.screen = .page(module: 0, page: 1) }
        store.send(.nextPageRequested, at: Fixtures.at(24)) {
            $0.screen = .questions(module: 0, attempt: attempt(basics, seed: seed(after: 7), at: 24))
            $0.nextSeed = seed(after: seed(after: 7))
        }
        for index in 0..<4 {
            answer(&store, right: true, at: Double(30 + 2 * index))
            next(&store, at: Double(31 + 2 * index))
        }
        let passed = result(store, basics, correct: 5, at: 40)
        #expect(passed.passed && !passed.testedOut)
        answer(&store, right: true, at: 40, finishing: passed)
        #expect(store.state.results == [failed, passed])
        #expect(store.state.status(ofModule: 0) == .passed(passed))
    }

    @Test func testingOutOnlyFromTheFirstPageAndPassingCountsTheSame() {
        var store = store(TrainingFixtures.session([data, incidents]))
        store.send(.moduleChosen, at: Fixtures.at(1)) { $0.screen = .page(module: 0, page: 0) }
        store.send(.testOutRequested, at: Fixtures.at(2)) {
            $0.screen = .questions(module: 0, attempt: attempt(data, seed: 7, at: 2, testingOut: true))
            $0.nextSeed = seed(after: 7)
        }
        answer(&store, right: true, at: 3)
        store.send(.testOutRequested, at: Fixtures.at(4))
        next(&store, at: 4)
        let passed = result(store, data, correct: 2, at: 5)
        #expect(passed.passed && passed.testedOut)
        answer(&store, right: true, at: 5, finishing: passed)
        finish(&store, at: 6)
        store.send(.continueRequested, at: Fixtures.at(7)) { $0.screen = .moduleList(highlighted: 1, notice: nil) }
        store.send(.moduleChosen, at: Fixtures.at(8)) { $0.screen = .page(module: 1, page: 0) }
        store.send(.testOutRequested, at: Fixtures.at(9)) {
            $0.screen = .questions(module: 1, attempt: attempt(incidents, seed: seed(after: 7), at: 9, testingOut: true))
            $0.nextSeed = seed(after: seed(after: 7))
        }
    }

    @Test func modulesUnlockInOrderAndPassedOnesCanBeRetaken() {
        let earlier = [TrainingFixtures.result(basics, correct: 5, at: -500)]
        var store = store(TrainingFixtures.session(earlier: earlier))
        #expect(store.state.screen == .moduleList(highlighted: 1, notice: nil))
        #expect(store.state.status(ofModule: 2) == .locked)
        store.send(.highlightMoved(by: 5), at: Fixtures.at(1)) {
            $0.screen = .moduleList(highlighted: 2, notice: nil)
        }
        store.send(.moduleChosen, at: Fixtures.at(2)) {
            $0.screen = .moduleList(highlighted: 2, notice: .locked(module: 2, passFirst: 1))
        }
        store.send(.highlightMoved(by: -2), at: Fixtures.at(3)) {
            $0.screen = .moduleList(highlighted: 0, notice: nil)
        }
        store.send(.moduleChosen, at: Fixtures.at(4)) {
            $0.screen = .page(module: 0, page: 0)
        }
    }

    @Test func aFailedRetakeLeavesAPassedModulePassed() {
        let pass = TrainingFixtures.result(data, correct: 2, at: -500)
        var store = store(TrainingFixtures.session([data, incidents], earlier: [pass]))
        store.send(.highlightMoved(by: -1), at: Fixtures.at(1)) { $0.screen = .moduleList(highlighted: 0, notice: nil) }
        store.send(.moduleChosen, at: Fixtures.at(2)) { $0.screen = .page(module: 0, page: 0) }
        store.send(.testOutRequested, at: Fixtures.at(3)) {
            $0.screen = .questions(module: 0, attempt: attempt(data, seed: 7, at: 3, testingOut: true))
            $0.nextSeed = seed(after: 7)
        }
        answer(&store, right: false, at: 4)
        next(&store, at: 5)
        let failed = result(store, data, correct: 0, at: 6)
        answer(&store, right: false, at: 6, finishing: failed)
        #expect(store.state.status(ofModule: 0) == .passed(pass))
        #expect(store.state.status(ofModule: 1) == .notStarted)
    }

    @Test func theCompletionRecordIsWrittenOnceWhenTheLastModuleIsPassed() {
        let earlier = [TrainingFixtures.result(data, correct: 1, at: -900), TrainingFixtures.result(data, correct: 2, at: -500)]
        var store = store(TrainingFixtures.session([data, incidents], earlier: earlier))
        store.send(.moduleChosen, at: Fixtures.at(1)) { $0.screen = .page(module: 1, page: 0) }
        store.send(.nextPageRequested, at: Fixtures.at(2)) {
            $0.screen = .questions(module: 1, attempt: attempt(incidents, seed: 7, at: 2))
            $0.nextSeed = seed(after: 7)
        }
        answer(&store, right: true, at: 3)
        next(&store, at: 4)
        let passed = result(store, incidents, correct: 2, at: 5)
        let record = CompletionRecord(
            profile: "ada", modules: [data, incidents], results: earlier + [passed], passMark: .standard,
            bankFingerprint: TrainingFixtures.fingerprint, completedAt: Fixtures.at(5)
        )!
        #expect(record.modules.map(\.id) == ["t.data", "t.incidents"])
        #expect(record.modules[0].passedAt == Fixtures.at(-500))
        #expect(record.modules[1] == CompletionRecord.CompletedModule(passed))
        answer(&store, right: true, at: 5, finishing: passed, completing: record)
        finish(&store, at: 6)
        store.send(.retakeRequested, at: Fixtures.at(7)) { $0.screen = .page(module: 1, page: 0) }
        store.send(.testOutRequested, at: Fixtures.at(8)) {
            $0.screen = .questions(module: 1, attempt: attempt(incidents, seed: seed(after: 7), at: 8, testingOut: true))
            $0.nextSeed = seed(after: seed(after: 7))
        }
        answer(&store, right: true, at: 9)
        next(&store, at: 10)
        let again = result(store, incidents, correct: 2, at: 11)
        answer(&store, right: true, at: 11, finishing: again)
        finish(&store, at: 12)
        store.send(.continueRequested, at: Fixtures.at(13)) { $0.screen = .moduleList(highlighted: 1, notice: nil) }
        #expect(store.state.completion == record)
    }

    @Test func theCompletionScreenFollowsTheResultThatCompletesTraining() {
        let earlier = [TrainingFixtures.result(data, correct: 2, at: -500)]
        var store = store(TrainingFixtures.session([data, incidents], earlier: earlier))
        store.send(.moduleChosen, at: Fixtures.at(1)) { $0.screen = .page(module: 1, page: 0) }
        store.send(.testOutRequested, at: Fixtures.at(2)) {
            $0.screen = .questions(module: 1, attempt: attempt(incidents, seed: 7, at: 2, testingOut: true))
            $0.nextSeed = seed(after: 7)
        }
        answer(&store, right: true, at: 3)
        next(&store, at: 4)
        let passed = result(store, incidents, correct: 2, at: 5)
        let record = CompletionRecord(
            profile: "ada", modules: [data, incidents], results: earlier + [passed], passMark: .standard,
            bankFingerprint: TrainingFixtures.fingerprint, completedAt: Fixtures.at(5)
        )!
        answer(&store, right: true, at: 5, finishing: passed, completing: record)
        finish(&store, at: 6)
        store.send(.continueRequested, at: Fixtures.at(7)) { $0.screen = .completed(record) }
        store.send(.continueRequested, at: Fixtures.at(8)) { $0.screen = .moduleList(highlighted: 0, notice: nil) }
    }

    @Test func aLearnerWhoFinishedEarlierIsNotRecordedAgain() {
        let earlier = [TrainingFixtures.result(data, correct: 2, at: -900), TrainingFixtures.result(incidents, correct: 2, at: -500)]
        var store = store(TrainingFixtures.session([data, incidents], earlier: earlier))
        #expect(store.state.allPassed)
        #expect(store.state.screen == .moduleList(highlighted: 0, notice: nil))
        store.send(.moduleChosen, at: Fixtures.at(1)) { $0.screen = .page(module: 0, page: 0) }
        store.send(.testOutRequested, at: Fixtures.at(2)) {
            $0.screen = .questions(module: 0, attempt: attempt(data, seed: 7, at: 2, testingOut: true))
            $0.nextSeed = seed(after: 7)
        }
        answer(&store, right: true, at: 3)
        next(&store, at: 4)
        answer(&store, right: true, at: 5, finishing: result(store, data, correct: 2, at: 5))
    }

    @Test func earlierResultsAreJudgedByThePassMarkInForce() {
        let earlier = [TrainingFixtures.result(basics, correct: 4, at: -500)]
        #expect(TrainingFixtures.session(earlier: earlier).status(ofModule: 0) == .passed(earlier[0]))
        let stricter = TrainingFixtures.session(earlier: earlier, passMark: PassMark(percent: 90)!)
        #expect(stricter.status(ofModule: 0) == .notPassed(earlier[0]))
        #expect(stricter.screen == .moduleList(highlighted: 0, notice: nil))
    }

    @Test func aSubsetIsDrawnInTheModulesOrderAndVariesWithTheSeed() {
        let module = TrainingFixtures.module("t.big", title: "Big", pages: 1, questions: 8, questionCount: 5)
        let first = TrainingDraw.items(for: module, seed: 1).map(\.question.id)
        #expect(first.count == 5)
        #expect(first == module.questions.map(\.id).filter(first.contains))
        #expect(TrainingDraw.items(for: module, seed: 1).map(\.question.id) == first)
        #expect((2...20).contains { TrainingDraw.items(for: module, seed: $0).map(\.question.id) != first })
    }
}

extension TrainingSession {
    /// Changes the attempt on screen, for a test's expected state.
    mutating func updateAttempt(_ change: (inout ModuleAttempt) -> Void) {
        guard case .questions(let module, var attempt) = screen else {
            Issue.record("no attempt on screen")
            return
        }
        change(&attempt)
        screen = .questions(module: module, attempt: attempt)
    }
}
