import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

@Suite struct AppReducerTests {
    typealias Store = TestStore<AppState, AppEvent, AppEffect>
    let reducer = AppReducer(bank: Fixtures.bank)

    func home() -> AppState {
        AppState(screen: .home(highlighted: .practice), profile: "ada", totals: ProgressTotals(), sessionSize: 2, nextSeed: 42)
    }

    func store(_ state: AppState) -> Store {
        Store(state, reduce: reducer.reduce)
    }

    @Test func homeMenuMovesWithinItsEntries() {
        var store = store(home())
        store.send(.homeHighlightMoved(by: -1), at: Fixtures.start)
        store.send(.homeHighlightMoved(by: 1), at: Fixtures.start) { $0.screen = .home(highlighted: HomeEntry.allCases[1]) }
        store.send(.homeHighlightMoved(by: 99), at: Fixtures.start) { $0.screen = .home(highlighted: .quit) }
        store.send(.homeEntryChosen(.progress), at: Fixtures.start) {
            $0.screen = .progress
            $0.readiness = ReadinessFigures(bank: Fixtures.bank, state: $0, at: Fixtures.start)
        }
        store.send(.quitRequested, at: Fixtures.start) { $0.screen = .home(highlighted: .progress) }
        store.send(.homeEntryChosen(.quit), at: Fixtures.start, effects: [.exit])
    }

    @Test func scrollingKeepsTheScreenAndAnyChangeOfScreenScrollsBackToTheTop() {
        var store = store(home())
        store.send(.bodyScrolled(to: 7), at: Fixtures.start) {
            $0.scroll = 7
            $0.followsHighlight = false
        }
        store.send(.bodyScrolled(to: -3), at: Fixtures.start) { $0.scroll = 0 }
        store.send(.bodyScrolled(to: 4), at: Fixtures.start) { $0.scroll = 4 }
        store.send(.homeHighlightMoved(by: 1), at: Fixtures.start) {
            $0.screen = .home(highlighted: HomeEntry.allCases[1])
            $0.scroll = 0
            $0.followsHighlight = true
        }
    }

    @Test func practiceIsDrawnWithTheSeedAndTheSeedMovesOn() {
        var store = store(home())
        let items = SessionBuilder.items(from: Fixtures.bank, count: 2, seed: 42)
        var generator = SeededGenerator(seed: 42)
        let following = generator.next()
        store.send(.homeEntryChosen(.practice), at: Fixtures.start) {
            $0.screen = .practice(PracticeSession(id: "practice-1800000000000-42", items: items, startedAt: Fixtures.start))
            $0.nextSeed = following
            $0.leavesToHome = true
        }
        #expect(items.count == 2)
    }

    @Test func quittingMidSessionAsksFirst() {
        var store = store(AppState(
            screen: .practice(Fixtures.session([Fixtures.single, Fixtures.owner])), profile: "ada",
            totals: ProgressTotals(), sessionSize: 2, nextSeed: 1
        ))
        store.send(.quitRequested, at: Fixtures.at(1)) { $0.confirmingQuit = true }
        store.send(.session(.choicePicked(0)), at: Fixtures.at(2))
        store.send(.quitCancelled, at: Fixtures.at(3)) { $0.confirmingQuit = false }
        let outcome = AnswerOutcome(questionID: "t.single", topic: "basics", chosen: [0], isCorrect: true, seconds: 4, answeredAt: Fixtures.at(4))
        store.send(.session(.choicePicked(0)), at: Fixtures.at(4), effects: [.saveAnswer(outcome, sessionID: "s1", mode: .practice)]) {
            var session = Fixtures.session([Fixtures.single, Fixtures.owner])
            session.outcomes = [outcome]
            session.phase = .reviewing(outcome)
            $0.screen = .practice(session)
            $0.totals = ProgressTotals(answers: [(topic: "basics", isCorrect: true)])
            $0.schedule = ReviewSchedule(answers: [AnswerRecord(outcome, session: "s1", mode: "practice")])
            $0.recent.record(questionID: "t.single", topic: "basics", task: nil, credit: 1)
            $0.firstSight.record(questionID: "t.single", task: nil, credit: 1)
        }
        #expect(store.state.schedule.card(for: "t.single")?.state == .learning)
        store.send(.quitRequested, at: Fixtures.at(5)) { $0.confirmingQuit = true }
        store.send(.quitRequested, at: Fixtures.at(6)) { $0.confirmingQuit = false }
        store.send(.quitRequested, at: Fixtures.at(7)) { $0.confirmingQuit = true }
        store.send(.quitConfirmed, at: Fixtures.at(8), effects: [.exit])
    }

    @Test func reviewBringsBackWhatIsDueAndItsAnswersMoveTheSchedule() {
        var state = home()
        let wrong = AnswerRecord(
            questionId: "t.owner", topic: "services", chosen: [0], correct: false, seconds: 3, answeredAt: Fixtures.start,
            session: "old", mode: "practice"
        )
        state.schedule = ReviewSchedule(answers: [wrong])
        let later = Fixtures.at(3600)
        state = reducer.home(state, highlighting: .review, at: later)
        #expect(state.dueForReview == 1)
        var store = store(state)
        let review = ReviewSessionBuilder.review(schedule: state.schedule, bank: Fixtures.bank, at: later, seed: 42, limit: 2)
        #expect(review.practice.items.map(\.question.id) == ["t.owner"])
        var generator = SeededGenerator(seed: 42)
        let following = generator.next()
        store.send(.homeEntryChosen(.review), at: later) {
            $0.screen = .review(review)
            $0.nextSeed = following
            $0.leavesToHome = true
        }
        let outcome = AnswerOutcome(questionID: "t.owner", topic: "services", chosen: [1], isCorrect: true, seconds: 2, answeredAt: Fixtures.at(3602))
        store.send(.session(.choicePicked(1)), at: Fixtures.at(3602), effects: [.saveAnswer(outcome, sessionID: review.practice.id, mode: .review)]) {
            var answered = review
            answered.practice.outcomes = [outcome]
            answered.practice.phase = .reviewing(outcome)
            $0.screen = .review(answered)
            $0.totals = ProgressTotals(answers: [(topic: "services", isCorrect: true)])
            $0.schedule.record(AnswerRecord(outcome, session: review.practice.id, mode: "review"))
            $0.recent.record(questionID: "t.owner", topic: "services", task: nil, credit: 1)
            $0.firstSight.record(questionID: "t.owner", task: nil, credit: 1)
        }
        store.send(.session(.nextRequested), at: Fixtures.at(3603)) {
            var done = review
            done.practice.outcomes = [outcome]
            done.practice.position = 1
            done.practice.phase = .finished
            done.practice.questionShownAt = Fixtures.at(3603)
            $0.screen = .review(done)
        }
        store.send(.homeRequested, at: Fixtures.at(3604)) {
            $0.screen = .home(highlighted: .review)
            $0.dueForReview = 0
        }
    }

    func finished() -> AppState {
        var session = Fixtures.session([Fixtures.single])
        session.phase = .finished
        session.position = 1
        return AppState(screen: .practice(session), profile: "ada", totals: ProgressTotals(), sessionSize: 1, nextSeed: 1)
    }

    @Test func aFinishedSessionLeavesWithoutAsking() {
        var store = store(finished())
        store.send(.quitRequested, at: Fixtures.at(1), effects: [.exit])
    }

    @Test func aFinishedSessionGoesHomeAndANewOneCanStart() {
        var store = store(finished())
        store.send(.homeRequested, at: Fixtures.at(1)) { $0.screen = .home(highlighted: .practice) }
        store.send(.homeEntryChosen(.practice), at: Fixtures.at(2)) {
            $0.leavesToHome = true
            $0 = reducer.startPractice($0, at: Fixtures.at(2))
        }
        #expect(store.state.practice?.isUnderWay == true)
        store.send(.quitRequested, at: Fixtures.at(3)) { $0.confirmingQuit = true }
        store.send(.quitConfirmed, at: Fixtures.at(4)) {
            $0.confirmingQuit = false
            $0.screen = .home(highlighted: .practice)
        }
        store.send(.quitRequested, at: Fixtures.at(5), effects: [.exit])
    }

    @Test func aSessionStartedFromHomeGoesBackThereInEveryMode() {
        let entries: [HomeEntry] = [.practice, .review, .train, .assess, .drill, .exam]
        for entry in entries {
            var state = reducer.home(finished(), highlighting: entry, at: Fixtures.at(1))
            state = reducer.reduce(state, .homeEntryChosen(entry), at: Fixtures.at(2)).0
            #expect(state.leavesToHome, "\(entry)")
            var (left, effects) = reducer.reduce(state, .quitRequested, at: Fixtures.at(3))
            if left.confirmingQuit { (left, effects) = reducer.reduce(left, .quitConfirmed, at: Fixtures.at(4)) }
            #expect(!effects.contains(.exit), "\(entry)")
            #expect(left.screen == .home(highlighted: entry), "\(entry)")
        }
    }

    @Test func anExamLeftForHomeWaitsThereToBeResumed() {
        var state = reducer.home(finished(), highlighting: .exam, at: Fixtures.at(1))
        state.examQuestions = 1
        state = reducer.reduce(state, .homeEntryChosen(.exam), at: Fixtures.at(2)).0
        state = reducer.reduce(state, .examStart(.started), at: Fixtures.at(2)).0
        state = reducer.reduce(state, .exam(.choicePicked(0)), at: Fixtures.at(3)).0
        guard case .exam(let exam) = state.screen else { Issue.record("no exam"); return }
        let (asking, saving) = reducer.reduce(state, .quitRequested, at: Fixtures.at(4))
        #expect(saving == [.saveExamSnapshot(ExamSnapshot(exam))])
        let (home, effects) = reducer.reduce(asking, .quitConfirmed, at: Fixtures.at(5))
        #expect(effects.isEmpty)
        #expect(home.screen == .home(highlighted: .exam))
        #expect(home.savedExam == (try? ExamSnapshot(exam).restore(from: Fixtures.bank)))
        #expect(home.savedExam?.picks == exam.picks)
        let (offered, _) = reducer.reduce(home, .homeEntryChosen(.exam), at: Fixtures.at(6))
        #expect(offered.screen == .examResumeOffer(home.savedExam!, confirmingDiscard: false))
    }

    @Test func homeIsNotReachableFromASessionUnderWay() {
        var store = store(AppState(
            screen: .practice(Fixtures.session([Fixtures.single])), profile: "ada", totals: ProgressTotals(), sessionSize: 1, nextSeed: 1
        ))
        store.send(.homeRequested, at: Fixtures.at(1))
    }
}
