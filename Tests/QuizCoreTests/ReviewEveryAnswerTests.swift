import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// Every answered question is scheduled, whatever mode it came from: scenario steps come back in review with their
/// story, an exam's unanswered questions are due again as wrong, and the home screen, review, cram and the report
/// count the same cards.
@Suite struct ReviewEveryAnswerTests {
    typealias Store = TestStore<AppState, AppEvent, AppEffect>
    static let bank = ScenarioPlayTests.bank
    static let bucket = ScenarioPlayTests.bucket

    func home() -> AppState {
        AppState(screen: .home(highlighted: .review), profile: "ada", totals: ProgressTotals(), sessionSize: 10, nextSeed: 42)
    }

    func answer(_ id: String, correct: Bool, at seconds: Double = 0, mode: String = "practice") -> AnswerRecord {
        AnswerRecord(
            questionId: id, topic: "incidents", chosen: [0], correct: correct, seconds: 5, answeredAt: Fixtures.at(seconds),
            session: "s0", mode: mode
        )
    }

    @Test func aScenarioStepAnsweredWrongComesBackInReviewWithItsStory() {
        let reducer = AppReducer(bank: Self.bank)
        var state = home()
        state.schedule = ReviewSchedule(answers: [answer("scenario.bucket.control", correct: false)])
        let later = Fixtures.at(3600)
        state = reducer.home(state, highlighting: .review, at: later)
        #expect(state.dueForReview == 1)

        var generator = SeededGenerator(seed: 42)
        let item = SessionBuilder.item(
            for: Self.bucket.steps[1].question, placement: ScenarioPlacement(Self.bucket, step: 1), using: &generator
        )
        var seeds = SeededGenerator(seed: 42)
        let following = seeds.next()
        let review = ReviewSession(
            practice: PracticeSession(id: "review-1800003600000-42", items: [item], startedAt: later), isCram: false
        )
        var store = Store(state, reduce: reducer.reduce)
        store.send(.homeEntryChosen(.review), at: later) {
            $0.screen = .review(review)
            $0.nextSeed = following
            $0.leavesToHome = true
        }
        store.send(.session(.storyOpened), at: Fixtures.at(3601)) {
            var reading = review
            reading.practice.showsStory = true
            $0.screen = .review(reading)
        }
        store.send(.session(.storyClosed), at: Fixtures.at(3602)) {
            var closed = review
            closed.practice.questionShownAt = Fixtures.at(3602)
            $0.screen = .review(closed)
        }
    }

    @Test func aStoryOpeningStepIsReviewedStoryFirst() {
        let reducer = AppReducer(bank: Self.bank)
        var state = home()
        state.schedule = ReviewSchedule(answers: [answer("scenario.bucket.who", correct: false)])
        let (reviewing, effects) = reducer.reduce(state, .homeEntryChosen(.review), at: Fixtures.at(3600))
        #expect(effects.isEmpty)
        guard case .review(let session) = reviewing.screen else { Issue.record("no review"); return }
        #expect(session.practice.items.map(\.question.id) == ["scenario.bucket.who"])
        #expect(session.practice.items.first?.scenario == ScenarioPlacement(Self.bucket, step: 0))
        #expect(session.practice.showsStory)
    }

    @Test func anExamsUnansweredQuestionsAreSavedAsWrongAnswersAndComeBackInReview() {
        let reducer = AppReducer(bank: Fixtures.bank)
        var exam = Fixtures.exam([Fixtures.single, Fixtures.owner], after: [.choicePicked(0)], minutes: 1)
        exam.secondsLeft = 5
        exam.secondsLeftAtLastSnapshot = 5
        var state = home()
        state.screen = .exam(exam)
        var store = Store(state, reduce: reducer.reduce)
        let (ticking, _) = ExamReducer.reduce(exam, .timerTicked, at: Fixtures.at(2))
        store.send(.timerTicked, at: Fixtures.at(2)) { $0.screen = .exam(ticking) }

        let end = Fixtures.at(9)
        let (finished, _) = ExamReducer.reduce(ticking, .timerTicked, at: end)
        guard let result = finished.result else { Issue.record("the exam did not end"); return }
        #expect(result.howEnded == .timeExpired)
        let right = AnswerOutcome(
            questionID: "t.single", topic: "basics", chosen: [0], isCorrect: true, seconds: result.questions[0].seconds, answeredAt: end
        )
        let unanswered = AnswerOutcome(
            questionID: "t.owner", topic: "services", chosen: [], isCorrect: false, seconds: result.questions[1].seconds, answeredAt: end
        )
        #expect(result.answerOutcomes == [right, unanswered])
        let saved = [right, unanswered].map { ProgressChange.answer($0, sessionID: "e1", mode: .exam) }
        store.send(.timerTicked, at: end, effects: [.saveProgress(saved + [.exam(ExamRecord(result))]), .discardExamSnapshot]) {
            $0.screen = .exam(finished)
            $0.totals = ProgressTotals(answers: [(topic: "basics", isCorrect: true), (topic: "services", isCorrect: false)])
            $0.schedule = ReviewSchedule(answers: [
                AnswerRecord(right, session: "e1", mode: "exam"), AnswerRecord(unanswered, session: "e1", mode: "exam"),
            ])
            $0.recent.record(questionID: "t.single", topic: "basics", task: nil, credit: 1)
            $0.firstSight.record(questionID: "t.single", task: nil, credit: 1)
            $0.recent.record(questionID: "t.owner", topic: "services", task: nil, credit: 0)
            $0.firstSight.record(questionID: "t.owner", task: nil, credit: 0)
            $0.exams = [ExamRecord(result)]
        }
        #expect(store.state.totals.overall.answered == result.total)
        #expect(store.state.totals.overall.accuracy == Double(result.correct) / Double(result.total))
        #expect(store.state.schedule.grade(for: AnswerRecord(unanswered, session: "e1", mode: "exam")) == .again)

        // Two minutes on, the unanswered question (Again) is due and the right one (Good) not yet.
        store.send(.homeRequested, at: Fixtures.at(129)) {
            $0.screen = .home(highlighted: .exam)
            $0.dueForReview = 1
        }
        let (reviewing, _) = reducer.reduce(store.state, .homeEntryChosen(.review), at: Fixtures.at(129))
        #expect(reviewing.review?.practice.items.map(\.question.id) == ["t.owner"])
    }

    /// Two minutes on, t.owner and a scenario step (Again) are due, t.single (Good) not yet, a question left the bank and t.multiple was only
    /// crammed: two due of three cards, by every count.
    @Test func homeReviewCramAndTheReportCountTheSameCards() {
        let answers = [
            answer("t.single", correct: true), answer("t.owner", correct: false), answer("scenario.bucket.prevent", correct: false),
            answer("removed.question", correct: false), answer("t.multiple", correct: false, mode: "cram"),
        ]
        var progress = ProgressFile(profile: "ada", createdAt: Fixtures.start)
        for answer in answers { progress.record(answer) }
        let now = Fixtures.at(120)
        let reducer = AppReducer(bank: Self.bank)
        var state = home()
        state.schedule = ReviewSchedule(answers: answers)
        let report = ProgressReport(progress: progress, bank: Self.bank, file: "-", now: now)
        let homeCount = reducer.home(state, highlighting: .review, at: now).dueForReview
        let review = reducer.startReview(state, cram: false, at: now).review?.practice.items.map(\.question.id)
        let cram = reducer.startReview(state, cram: true, at: now).review?.practice.items.map(\.question.id)
        #expect(homeCount == 2)
        #expect(report.review.dueNow == 2)
        #expect(report.review.cards == 3)
        #expect(review.map(Set.init) == ["t.owner", "scenario.bucket.prevent"])
        #expect(cram.map(Set.init) == ["t.owner", "scenario.bucket.prevent", "t.single"])
    }
}

extension AppState {
    var review: ReviewSession? {
        if case .review(let session) = screen { return session }
        return nil
    }
}
