import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// The exam start screen: its length and focus chosen event by event, what it starts, and how a saved exam and
/// `--now` pass by it.
@Suite struct ExamStartTests {
    typealias Store = TestStore<AppState, AppEvent, AppEffect>

    static let bank = Fixtures.taggedBank

    let reducer = AppReducer(bank: Self.bank)
    let task21 = ExamTask(id: "2.1")!
    let task23 = ExamTask(id: "2.3")!

    func home() -> AppState {
        AppState(screen: .home(highlighted: .exam), profile: "ada", totals: ProgressTotals(), sessionSize: 2, nextSeed: 42)
    }

    func following(_ seed: UInt64) -> UInt64 {
        var generator = SeededGenerator(seed: seed)
        return generator.next()
    }

    @Test func theShortExamKeepsTheFullExamsPace() {
        #expect(ExamLength.full.questionCount == 65)
        #expect(ExamLength.full.minutes == 90)
        #expect(ExamLength.short.questionCount == 20)
        #expect(ExamLength.short.minutes == 28)
        #expect(ExamLength.paced(65) == 90)
        #expect(ExamLength.paced(36) == 50)
        #expect(ExamLength.paced(1) == 2)
        #expect(ExamLength(questions: 20, minutes: 28) == .short)
        #expect(ExamLength(questions: 65, minutes: 90) == .full)
        #expect(ExamLength(questions: 20, minutes: 30) == .custom(questions: 20, minutes: 30))
        #expect(ExamLength.full.fitted(to: 100) == (65, 90))
        #expect(ExamLength.short.fitted(to: 10) == (10, 14))
        #expect(ExamLength.custom(questions: 10, minutes: 30).fitted(to: 4) == (4, 12))
    }

    @Test func theStartScreenListsTheLengthsTheTasksTheBankServesAndItsTopicsWithQuestions() {
        let start = ExamStart(bank: Self.bank, length: .full)
        #expect(start.rows == [.length(.full), .length(.short), .task(task21), .task(task23), .topic("basics"), .topic("services")])
        #expect(start.highlighted == 0)
        let asked = ExamStart(bank: Self.bank, length: .custom(questions: 3, minutes: 7))
        #expect(asked.rows.prefix(3) == [.length(.full), .length(.short), .length(.custom(questions: 3, minutes: 7))])
        #expect(asked.highlighted == 2)
        #expect(ExamStart(bank: Self.bank, length: .short).highlighted == 1)
    }

    @Test func examFromHomeOpensTheStartScreenWhereTheLengthAndFocusAreChosenThenEnterStartsIt() {
        var store = Store(home(), reduce: reducer.reduce)
        let start = ExamStart(bank: Self.bank, length: .full)
        store.send(.homeEntryChosen(.exam), at: Fixtures.start) {
            $0.screen = .examStart(start)
            $0.leavesToHome = true
        }
        var expected = start
        store.send(.examStart(.highlightMoved(by: -1)), at: Fixtures.start)
        store.send(.examStart(.highlightMoved(by: 1)), at: Fixtures.start) {
            expected.highlighted = 1
            $0.screen = .examStart(expected)
        }
        store.send(.examStart(.highlightedRowToggled), at: Fixtures.start) {
            expected.length = .short
            $0.screen = .examStart(expected)
        }
        store.send(.examStart(.highlightMoved(by: 2)), at: Fixtures.start) {
            expected.highlighted = 3
            $0.screen = .examStart(expected)
        }
        store.send(.examStart(.highlightedRowToggled), at: Fixtures.start) {
            expected.tasks = [task23]
            $0.screen = .examStart(expected)
        }
        store.send(.examStart(.highlightMoved(by: 1)), at: Fixtures.start) {
            expected.highlighted = 4
            $0.screen = .examStart(expected)
        }
        store.send(.examStart(.highlightedRowToggled), at: Fixtures.start) {
            expected.topics = ["basics"]
            $0.screen = .examStart(expected)
        }
        store.send(.examStart(.highlightedRowToggled), at: Fixtures.start) {
            expected.topics = []
            $0.screen = .examStart(expected)
        }
        store.send(.examStart(.highlightedRowToggled), at: Fixtures.start) {
            expected.topics = ["basics"]
            $0.screen = .examStart(expected)
        }
        store.send(.examStart(.highlightMoved(by: 99)), at: Fixtures.start) {
            expected.highlighted = 5
            $0.screen = .examStart(expected)
        }
        #expect(expected.available(in: Self.bank) == 4, "2.3's one question and basics' three")
        let settings = ExamSettings(questionCount: 4, minutes: 6, seed: 42)
        let exam = ExamBuilder.session(from: Self.bank, settings: settings, at: Fixtures.at(1), including: expected.includes)
        #expect(Set(exam.items.map(\.question.id)) == ["a", "b", "d", "e"])
        store.send(.examStart(.started), at: Fixtures.at(1), effects: [.saveExamSnapshot(ExamSnapshot(exam))]) {
            $0.screen = .exam(exam)
            $0.nextSeed = following(42)
        }
    }

    @Test func aFocusedExamIsAsLongAsTheChosenSizeOrWhatIsAvailableIfLess() {
        var start = ExamStart(bank: Self.bank, length: .custom(questions: 2, minutes: 10), tasks: [task21])
        #expect(start.settings(in: Self.bank, seed: 1) == ExamSettings(questionCount: 2, minutes: 10, seed: 1))
        start.length = .short
        #expect(start.settings(in: Self.bank, seed: 1) == ExamSettings(questionCount: 3, minutes: 5, seed: 1))
        start.tasks = []
        #expect(start.settings(in: Self.bank, seed: 1) == ExamSettings(questionCount: 5, minutes: 7, seed: 1), "the whole bank")
        let drawn = ExamBuilder.items(from: Self.bank, count: 20, seed: 9, including: ExamStart(bank: Self.bank, length: .short, tasks: [task21]).includes)
        #expect(Set(drawn.map(\.question.id)) == ["a", "b", "c"])
    }

    @Test func leavingTheStartScreenGoesHomeOrQuitsWhenTheCommandLineOpenedIt() {
        var fromHome = Store(home(), reduce: reducer.reduce)
        fromHome.send(.homeEntryChosen(.exam), at: Fixtures.start) {
            $0.screen = .examStart(ExamStart(bank: Self.bank, length: .full))
            $0.leavesToHome = true
        }
        fromHome.send(.examStart(.highlightMoved(by: 1)), at: Fixtures.start) {
            var start = ExamStart(bank: Self.bank, length: .full)
            start.highlighted = 1
            $0.screen = .examStart(start)
        }
        fromHome.send(.homeRequested, at: Fixtures.start) { $0.screen = .home(highlighted: .exam) }
        fromHome.send(.homeEntryChosen(.exam), at: Fixtures.start) { $0.screen = .examStart(ExamStart(bank: Self.bank, length: .full)) }
        fromHome.send(.quitRequested, at: Fixtures.start) { $0.screen = .home(highlighted: .exam) }

        var state = home()
        state.examQuestions = 3
        state.examMinutes = 7
        state.examTasks = [task21]
        let (opened, none) = reducer.openExam(state, at: Fixtures.start)
        #expect(none.isEmpty)
        #expect(opened.screen == .examStart(ExamStart(bank: Self.bank, length: .custom(questions: 3, minutes: 7), tasks: [task21])))
        var fromCommandLine = Store(opened, reduce: reducer.reduce)
        fromCommandLine.send(.quitRequested, at: Fixtures.start, effects: [.exit])
    }

    @Test func nowStartsTheExamAtOnceAsTheOptionsSetItUp() {
        var state = home()
        state.examQuestions = 2
        state.examMinutes = 10
        state.examTopics = ["services"]
        state.examStartsAtOnce = true
        let (started, effects) = reducer.openExam(state, at: Fixtures.start)
        guard case .exam(let exam) = started.screen else { Issue.record("no exam on screen"); return }
        #expect(exam.settings == ExamSettings(questionCount: 2, minutes: 10, seed: 42))
        #expect(Set(exam.items.map(\.question.id)) == ["c", "d"])
        #expect(effects == [.saveExamSnapshot(ExamSnapshot(exam))])
    }

    @Test func aSavedExamIsOfferedFirstAndANewOneThenGoesToTheStartScreenOrWithNowStartsAtOnce() {
        var state = home()
        let saved = ExamBuilder.session(from: Self.bank, settings: ExamSettings(questionCount: 2, minutes: 10, seed: 5), at: Fixtures.start)
        state.savedExam = saved
        var store = Store(state, reduce: reducer.reduce)
        store.send(.homeEntryChosen(.exam), at: Fixtures.at(1)) {
            $0.screen = .examResumeOffer(saved, confirmingDiscard: false)
            $0.leavesToHome = true
        }
        store.send(.examResumeDeclined, at: Fixtures.at(2)) { $0.screen = .examResumeOffer(saved, confirmingDiscard: true) }
        store.send(.examDiscardConfirmed, at: Fixtures.at(3), effects: [.discardExamSnapshot]) {
            $0.screen = .examStart(ExamStart(bank: Self.bank, length: .full))
            $0.savedExam = nil
        }

        state.examStartsAtOnce = true
        var now = Store(state, reduce: reducer.reduce)
        now.send(.homeEntryChosen(.exam), at: Fixtures.at(1)) {
            $0.screen = .examResumeOffer(saved, confirmingDiscard: false)
            $0.leavesToHome = true
        }
        now.send(.examResumeDeclined, at: Fixtures.at(2)) { $0.screen = .examResumeOffer(saved, confirmingDiscard: true) }
        let fresh = ExamBuilder.session(from: Self.bank, settings: ExamSettings(questionCount: 5, minutes: 7, seed: 42), at: Fixtures.at(3))
        now.send(.examDiscardConfirmed, at: Fixtures.at(3), effects: [.discardExamSnapshot, .saveExamSnapshot(ExamSnapshot(fresh))]) {
            $0.screen = .exam(fresh)
            $0.savedExam = nil
            $0.nextSeed = following(42)
        }
    }
}
