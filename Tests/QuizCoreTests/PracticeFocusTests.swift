import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// Practice aimed where it helps: one topic, one exam task, the weakest area, the questions last missed, and a
/// session's misses asked again.
@Suite struct PracticeFocusTests {
    let bank: Bank
    let reducer: AppReducer

    init() throws {
        bank = try BankLoader.load(directory: Fixtures.bundledBankURL)
        reducer = AppReducer(bank: bank)
    }

    func home(size: Int = 20) -> AppState {
        AppState(screen: .home(highlighted: .practice), profile: "p", totals: ProgressTotals(), sessionSize: size, nextSeed: 7)
    }

    func questions(_ state: AppState?) -> [Question] {
        guard case .practice(let session) = state?.screen else { return [] }
        return session.items.map(\.question)
    }

    /// True when every item serves `task`; a scenario is drawn whole, so one of its steps serving it is enough.
    func allServe(_ task: ExamTask, _ state: AppState?) -> Bool {
        guard case .practice(let session) = state?.screen else { return false }
        return session.items.allSatisfy { item in
            guard let placement = item.scenario else { return item.question.examTask == task }
            return bank.scenarios.first { $0.id == placement.scenarioID }!.steps.contains { $0.question.examTask == task }
        }
    }

    func record(_ id: String, right: Bool, into recent: inout RecentResults) {
        let question = ReviewableQuestions(bank).question(id)!
        recent.record(questionID: id, topic: question.topic, task: question.examTask, credit: right ? 1 : 0)
    }

    @Test func aTopicOrATaskDrawsOnlyItsOwnQuestions() throws {
        let task = try #require(ExamTask(id: "2.3"))
        let byTask = reducer.startPractice(home(), focus: .task(task), at: Fixtures.start)
        #expect(questions(byTask).count == 20)
        #expect(allServe(task, byTask))
        let byTopic = questions(reducer.startPractice(home(), focus: .topic("patching"), at: Fixtures.start))
        #expect(!byTopic.isEmpty)
        #expect(byTopic.allSatisfy { $0.topic == "patching" })
    }

    @Test func theWeakestTaskNeedsEnoughAnswersAndIsTheOneDrawnFrom() throws {
        var recent = RecentResults()
        let byTask = Dictionary(grouping: bank.questions.filter { $0.examTask != nil }, by: { $0.examTask! })
        let weak = try #require(ExamTask(id: "2.4")), strong = try #require(ExamTask(id: "2.1"))
        for question in byTask[weak]!.prefix(4) { record(question.id, right: false, into: &recent) }
        for question in byTask[strong]!.prefix(6) { record(question.id, right: true, into: &recent) }
        #expect(recent.weakest?.focus == .task(strong), "four answers do not judge a task: the only judged one is the weakest")
        record(byTask[weak]![4].id, right: true, into: &recent)
        #expect(recent.weakest == WeakSpot(focus: .task(weak), accuracy: 0.2, answers: 5))

        var state = home()
        state.recent = recent
        let drawn = reducer.startPractice(state, focus: .weakest, at: Fixtures.start)
        #expect(!questions(drawn).isEmpty)
        #expect(allServe(weak, drawn))
        #expect(reducer.startPractice(home(), focus: .weakest, at: Fixtures.start) == nil, "nothing to judge yet")
    }

    @Test func aFocusedSessionSaysWhatItIsDrawnFromAndTheWholeBankDoesNot() throws {
        var recent = RecentResults()
        let weak = try #require(ExamTask(id: "2.4"))
        for question in bank.questions.filter({ $0.examTask == weak }).prefix(5) { record(question.id, right: false, into: &recent) }
        var state = home()
        state.recent = recent
        func aim(_ focus: PracticeFocus) -> String? {
            guard case .practice(let session) = reducer.startPractice(state, focus: focus, at: Fixtures.start)?.screen else { return "no session" }
            return session.aim
        }
        #expect(aim(.weakest) == "Practising your weakest, exam task 2.4 \(weak.title): 0% right in your last 5 answers")
        #expect(aim(.task(weak)) == "Practising exam task 2.4 \(weak.title)")
        #expect(aim(.missed) == "Practising the questions you last got wrong")
        #expect(aim(.everything) == nil)
    }

    @Test func onlyTheLatestAnswersJudgeATask() throws {
        var recent = RecentResults()
        let task = try #require(ExamTask(id: "2.1"))
        let ids = bank.questions.filter { $0.examTask == task }.prefix(RecentResults.window * 2).map(\.id)
        for id in ids.prefix(RecentResults.window) { record(id, right: false, into: &recent) }
        for id in ids.dropFirst(RecentResults.window) { record(id, right: true, into: &recent) }
        #expect(recent.tally(task: task) == ProgressTotals.Tally(answered: RecentResults.window, correct: Double(RecentResults.window)))
    }

    @Test func missedMeansLastAnsweredWrongMostRecentFirst() {
        var recent = RecentResults()
        let ids = bank.questions.prefix(4).map(\.id)
        record(ids[0], right: false, into: &recent)
        record(ids[1], right: false, into: &recent)
        record(ids[2], right: true, into: &recent)
        record(ids[0], right: true, into: &recent)
        record(ids[3], right: false, into: &recent)
        #expect(recent.missed == [ids[3], ids[1]])
        var state = home()
        state.recent = recent
        #expect(questions(reducer.startPractice(state, focus: .missed, at: Fixtures.start)).map(\.id) == [ids[3], ids[1]])
        #expect(reducer.startPractice(home(), focus: .missed, at: Fixtures.start) == nil)
    }

    @Test func everyAnswerIsCountedInTheRecentResults() throws {
        let started = try #require(reducer.startPractice(home(size: 1), focus: .everything, at: Fixtures.start))
        guard case .practice(let session) = started.screen, let item = session.current else { Issue.record("no practice"); return }
        let wrong = try #require(item.order.indices.first { !item.question.choices[item.order[$0]].isCorrect })
        let (answered, _) = reducer.reduce(started, .session(.choicePicked(wrong)), at: Fixtures.at(3))
        #expect(answered.recent.missed == [item.question.id])
    }

    @Test func aFinishedSessionRetriesWhatItMissed() throws {
        var state = try #require(reducer.startPractice(home(size: 3), focus: .everything, at: Fixtures.start))
        var missed: [String] = []
        for step in 0..<3 {
            guard case .practice(let session) = state.screen, let item = session.current else { break }
            let wrongPick = item.order.indices.first { !item.question.choices[item.order[$0]].isCorrect }!
            let rightPick = item.order.indices.first { item.question.choices[item.order[$0]].isCorrect }!
            if item.question.kind == .multiple {
                let picks = item.order.indices.filter { !item.question.choices[item.order[$0]].isCorrect }.prefix(item.question.picksRequired)
                for pick in picks { state = reducer.reduce(state, .session(.choicePicked(pick)), at: Fixtures.at(1)).0 }
                state = reducer.reduce(state, .session(.answerChosen), at: Fixtures.at(1)).0
                missed.append(item.question.id)
            } else {
                state = reducer.reduce(state, .session(.choicePicked(step == 1 ? rightPick : wrongPick)), at: Fixtures.at(1)).0
                if step != 1 { missed.append(item.question.id) }
            }
            state = reducer.reduce(state, .session(.nextRequested), at: Fixtures.at(2)).0
        }
        guard case .practice(let finished) = state.screen else { Issue.record("no practice"); return }
        #expect(finished.phase == .finished)
        let (retry, effects) = reducer.reduce(state, .retryMissedRequested, at: Fixtures.at(5))
        #expect(effects.isEmpty)
        guard case .practice(let again) = retry.screen else { Issue.record("no retry"); return }
        #expect(again.items.map(\.question.id) == missed)
        #expect(again.id != finished.id)
        #expect(retry.nextSeed != state.nextSeed)
    }

    @Test func fromTheHomeScreenWeakestAndMissedStartOrSayWhyNot() throws {
        let (nothing, effects) = reducer.reduce(home(), .homePracticeFocused(.weakest), at: Fixtures.start)
        #expect(effects.isEmpty)
        #expect(nothing.screen == .home(highlighted: .practice))
        #expect(nothing.homeMessage == PracticeFocus.nothingToAsk(.weakest))
        #expect(reducer.reduce(nothing, .homeHighlightMoved(by: 1), at: Fixtures.start).0.homeMessage == nil, "gone at the next key")

        var state = home()
        record(bank.questions[0].id, right: false, into: &state.recent)
        let (started, _) = reducer.reduce(state, .homePracticeFocused(.missed), at: Fixtures.start)
        #expect(questions(started).map(\.id) == [bank.questions[0].id])
        #expect(started.leavesToHome, "leaving it goes back to the home screen")
    }
}
