import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// How the app embeds the exam, training and drill: what each mode's effects become, and what is saved together.
@Suite struct AppModesWiringTests {
    let reducer = AppReducer(bank: Fixtures.bank)

    func home() -> AppState {
        var state = AppState(screen: .home(highlighted: .exam), profile: "ada", totals: ProgressTotals(), sessionSize: 2, nextSeed: 42)
        state.examQuestions = 2
        state.examMinutes = 10
        return state
    }

    @Test func aNewExamIsSavedBeforeItsFirstQuestion() {
        let (opened, none) = reducer.reduce(home(), .homeEntryChosen(.exam), at: Fixtures.start)
        #expect(none.isEmpty, "nothing is saved on the start screen")
        #expect(!opened.isTimed)
        let (state, effects) = reducer.reduce(opened, .examStart(.started), at: Fixtures.start)
        guard case .exam(let exam) = state.screen else { Issue.record("no exam on screen"); return }
        #expect(exam.items.count == 2)
        #expect(exam.settings == ExamSettings(questionCount: 2, minutes: 10, seed: 42))
        #expect(effects == [.saveExamSnapshot(ExamSnapshot(exam))])
        #expect(state.isTimed)
    }

    @Test func aSavedExamIsOfferedAndDecliningDropsItForANewOneOnlyOnceConfirmed() {
        var state = home()
        let saved = Fixtures.exam([Fixtures.single, Fixtures.owner], after: [.choicePicked(0)], minutes: 10)
        state.savedExam = saved
        let (offered, none) = reducer.reduce(state, .homeEntryChosen(.exam), at: Fixtures.start)
        #expect(offered.screen == .examResumeOffer(saved, confirmingDiscard: false))
        #expect(none.isEmpty)
        #expect(!offered.isTimed)

        let (resumed, noEffects) = reducer.reduce(offered, .examResumeAccepted, at: Fixtures.at(1))
        #expect(resumed.screen == .exam(saved))
        #expect(resumed.savedExam == nil)
        #expect(noEffects.isEmpty)

        let (asking, nothingYet) = reducer.reduce(offered, .examResumeDeclined, at: Fixtures.at(1))
        #expect(asking.screen == .examResumeOffer(saved, confirmingDiscard: true))
        #expect(asking.savedExam == saved)
        #expect(nothingYet.isEmpty)
        let (kept, nothing) = reducer.reduce(asking, .examDiscardCancelled, at: Fixtures.at(1))
        #expect(kept.screen == .examResumeOffer(saved, confirmingDiscard: false))
        #expect(nothing.isEmpty)

        let (starting, dropped) = reducer.reduce(asking, .examDiscardConfirmed, at: Fixtures.at(1))
        #expect(starting.screen == .examStart(ExamStart(bank: Fixtures.bank, length: .custom(questions: 2, minutes: 10))))
        #expect(dropped == [.discardExamSnapshot])
        let (fresh, effects) = reducer.reduce(starting, .examStart(.started), at: Fixtures.at(2))
        guard case .exam(let exam) = fresh.screen else { Issue.record("no new exam"); return }
        #expect(exam.picks.allSatisfy { $0.isEmpty })
        #expect(effects == [.saveExamSnapshot(ExamSnapshot(exam))])
    }

    @Test func leavingAnExamSavesItFirstAndTicksReachItsClock() {
        var state = home()
        state.screen = .exam(Fixtures.exam([Fixtures.single, Fixtures.owner], minutes: 10))
        let (asked, effects) = reducer.reduce(state, .quitRequested, at: Fixtures.at(5))
        #expect(asked.confirmingQuit)
        guard case .exam(let exam) = state.screen else { return }
        #expect(effects == [.saveExamSnapshot(ExamSnapshot(exam))])

        let (started, _) = reducer.reduce(state, .timerTicked, at: Fixtures.at(1))
        let (ticked, _) = reducer.reduce(started, .timerTicked, at: Fixtures.at(3))
        guard case .exam(let running) = ticked.screen else { return }
        #expect(running.secondsLeft == 598)
    }

    @Test func aSubmittedExamIsSavedWithItsAnswersInOneWriteAndItsSnapshotDropped() {
        var state = home()
        state.screen = .exam(Fixtures.exam([Fixtures.single, Fixtures.owner], after: [.choicePicked(0)], minutes: 10))
        let (confirming, _) = reducer.reduce(state, .exam(.submitRequested), at: Fixtures.at(2))
        let (finished, effects) = reducer.reduce(confirming, .exam(.submitConfirmed), at: Fixtures.at(3))
        guard case .exam(let exam) = finished.screen, let result = exam.result else { Issue.record("no result"); return }
        let answers = result.answerOutcomes.map { ProgressChange.answer($0, sessionID: result.examID, mode: .exam) }
        #expect(effects == [.saveProgress(answers + [.exam(ExamRecord(result))]), .discardExamSnapshot])
        #expect(finished.totals.overall.answered == result.answerOutcomes.count)
        #expect(finished.schedule.cards.count == result.answerOutcomes.count)
        #expect(!finished.isTimed)
        let (back, _) = reducer.reduce(finished, .homeRequested, at: Fixtures.at(4))
        #expect(back.screen == .home(highlighted: .exam))
    }

    @Test func aDrillsMarkedCellsAreSavedAsAnswersInOneWrite() {
        var state = home()
        let bank = Bank(topics: Fixtures.bank.topics, questions: Fixtures.bank.questions, matrix: DrillFixtures.small)
        let reducer = AppReducer(bank: bank)
        state = reducer.startDrill(state, at: Fixtures.start)
        for event: DrillEvent in [.randomPickRequested, .ownerSet(.aws), .submitRequested, .submitConfirmed] {
            let (next, effects) = reducer.reduce(state, .drill(event), at: Fixtures.at(10))
            state = next
            guard case .drill(let drill) = state.screen, case .marked(let result) = drill.phase else {
                #expect(effects.isEmpty)
                continue
            }
            let answers = result.answerOutcomes.map { ProgressChange.answer($0, sessionID: result.sessionID, mode: .drill) }
            #expect(!answers.isEmpty)
            #expect(effects == [.saveProgress(answers)])
        }
        guard case .drill(let drill) = state.screen else { Issue.record("no drill"); return }
        #expect(drill.isMarked)
    }
}
