import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

typealias ExamStore = TestStore<ExamSession, ExamEvent, ExamEffect>

extension TestStore where State == ExamSession, Event == ExamEvent, Effect == ExamEffect {
    init(exam: ExamSession) {
        self.init(exam, reduce: ExamReducer.reduce)
    }

    /// Sends an event that changes what must be saved: the one effect is the snapshot of the expected state.
    mutating func sendSaving(
        _ event: ExamEvent, at now: Date, sourceLocation: SourceLocation = #_sourceLocation, _ change: (inout ExamSession) -> Void
    ) {
        var expected = state
        change(&expected)
        send(event, at: now, effects: [.snapshotChanged(ExamSnapshot(expected))], sourceLocation: sourceLocation, change)
    }
}

@Suite struct ExamAnsweringTests {
    @Test func singleChoiceIsSelectedNotSubmittedAndCanBeChanged() {
        var store = ExamStore(exam: Fixtures.exam([Fixtures.single, Fixtures.owner]))
        #expect(store.state.highlighted == nil)
        store.send(.highlightedChoiceToggled, at: Fixtures.at(0.5))
        store.send(.highlightMoved(by: 1), at: Fixtures.at(0.7)) { $0.highlighted = 0 }
        store.send(.highlightMoved(by: 1), at: Fixtures.at(1)) { $0.highlighted = 1 }
        store.send(.highlightMoved(by: 5), at: Fixtures.at(2)) { $0.highlighted = 2 }
        store.sendSaving(.highlightedChoiceToggled, at: Fixtures.at(3)) {
            $0.picks[0] = [2]
        }
        store.send(.highlightedChoiceToggled, at: Fixtures.at(4))
        store.sendSaving(.choicePicked(0), at: Fixtures.at(5)) {
            $0.picks[0] = [0]
            $0.highlighted = 0
        }
        store.send(.choicePicked(0), at: Fixtures.at(6))
        store.send(.choicePicked(3), at: Fixtures.at(7))
        store.send(.highlightMoved(by: -1), at: Fixtures.at(8))
        #expect(store.state.isAnswered(0))
        #expect(store.state.answeredCount == 1)
        #expect(store.state.isUnderWay)
    }

    @Test func multipleResponseTogglesAndCountsAsAnsweredOnlyWithTheRequiredPicks() {
        var store = ExamStore(exam: Fixtures.exam([Fixtures.multiple]))
        store.sendSaving(.choicePicked(1), at: Fixtures.at(1)) {
            $0.picks[0] = [1]
            $0.highlighted = 1
        }
        #expect(!store.state.isAnswered(0))
        store.sendSaving(.highlightedChoiceToggled, at: Fixtures.at(2)) { $0.picks[0] = [] }
        store.sendSaving(.choicePicked(0), at: Fixtures.at(3)) {
            $0.picks[0] = [0]
            $0.highlighted = 0
        }
        store.sendSaving(.choicePicked(2), at: Fixtures.at(4)) {
            $0.picks[0] = [0, 2]
            $0.highlighted = 2
        }
        #expect(store.state.isAnswered(0))
        store.sendSaving(.choicePicked(3), at: Fixtures.at(5)) {
            $0.picks[0] = [0, 2, 3]
            $0.highlighted = 3
        }
        #expect(!store.state.isAnswered(0))
        store.send(.highlightMoved(by: -1), at: Fixtures.at(6)) { $0.highlighted = 2 }
        store.sendSaving(.choicePicked(3), at: Fixtures.at(7)) {
            $0.picks[0] = [0, 2]
            $0.highlighted = 3
        }
        #expect(store.state.answeredCount == 1)
    }

    @Test func movingBackAndForthKeepsThePicksAndHighlightsThePickedChoice() {
        var store = ExamStore(exam: Fixtures.exam([Fixtures.single, Fixtures.multiple, Fixtures.owner]))
        store.send(.movedToQuestion(.previous), at: Fixtures.at(1))
        store.sendSaving(.choicePicked(2), at: Fixtures.at(2)) {
            $0.picks[0] = [2]
            $0.highlighted = 2
        }
        store.sendSaving(.movedToQuestion(.next), at: Fixtures.at(3)) {
            $0.position = 1
            $0.highlighted = nil
        }
        store.sendSaving(.movedToQuestion(.next), at: Fixtures.at(4)) { $0.position = 2 }
        store.sendSaving(.choicePicked(1), at: Fixtures.at(5)) {
            $0.picks[2] = [1]
            $0.highlighted = 1
        }
        store.sendSaving(.movedToQuestion(.index(0)), at: Fixtures.at(6)) {
            $0.position = 0
            $0.highlighted = 2
        }
        store.send(.movedToQuestion(.index(0)), at: Fixtures.at(7))
        store.send(.movedToQuestion(.index(3)), at: Fixtures.at(8))
        store.sendSaving(.choicePicked(1), at: Fixtures.at(9)) {
            $0.picks[0] = [1]
            $0.highlighted = 1
        }
        store.sendSaving(.movedToQuestion(.index(2)), at: Fixtures.at(10)) {
            $0.position = 2
            $0.highlighted = 1
        }
        store.send(.movedToQuestion(.next), at: Fixtures.at(11)) {
            $0.phase = .reviewList(ExamSession.ReviewList(filter: .all, highlighted: 2))
        }
        #expect(store.state.picks == [[1], [], [1]])
    }
}

@Suite struct ExamReviewListTests {
    @Test func flagsAndTheReviewListWithEachFilter() {
        var store = ExamStore(exam: Fixtures.exam([Fixtures.single, Fixtures.multiple, Fixtures.owner]))
        store.sendSaving(.flagToggled, at: Fixtures.at(1)) {
            $0.flagged = [0]
        }
        store.sendSaving(.choicePicked(0), at: Fixtures.at(2)) {
            $0.picks[0] = [0]
            $0.highlighted = 0
        }
        store.sendSaving(.movedToQuestion(.next), at: Fixtures.at(3)) {
            $0.position = 1
            $0.highlighted = nil
        }
        store.sendSaving(.flagToggled, at: Fixtures.at(4)) { $0.flagged = [0, 1] }
        store.sendSaving(.flagToggled, at: Fixtures.at(5)) { $0.flagged = [0] }
        store.sendSaving(.movedToQuestion(.next), at: Fixtures.at(6)) { $0.position = 2 }
        store.sendSaving(.flagToggled, at: Fixtures.at(7)) { $0.flagged = [0, 2] }
        store.sendSaving(.choicePicked(1), at: Fixtures.at(8)) {
            $0.picks[2] = [1]
            $0.highlighted = 1
        }

        store.send(.reviewListOpened, at: Fixtures.at(9)) {
            $0.phase = .reviewList(ExamSession.ReviewList(filter: .all, highlighted: 2))
        }
        #expect(store.state.reviewRows(.all) == [0, 1, 2])
        store.send(.highlightMoved(by: 1), at: Fixtures.at(10))
        store.send(.highlightMoved(by: -1), at: Fixtures.at(11)) {
            $0.phase = .reviewList(ExamSession.ReviewList(filter: .all, highlighted: 1))
        }
        store.send(.choicePicked(0), at: Fixtures.at(12))
        store.send(.flagToggled, at: Fixtures.at(13))

        store.send(.reviewFilterChanged(.unanswered), at: Fixtures.at(14)) {
            $0.phase = .reviewList(ExamSession.ReviewList(filter: .unanswered, highlighted: 0))
        }
        #expect(store.state.reviewRows(.unanswered) == [1])
        store.send(.highlightMoved(by: 1), at: Fixtures.at(15))

        store.send(.reviewFilterChanged(.flagged), at: Fixtures.at(16)) {
            $0.phase = .reviewList(ExamSession.ReviewList(filter: .flagged, highlighted: 0))
        }
        #expect(store.state.reviewRows(.flagged) == [0, 2])
        store.send(.highlightMoved(by: 1), at: Fixtures.at(17)) {
            $0.phase = .reviewList(ExamSession.ReviewList(filter: .flagged, highlighted: 1))
        }
        store.send(.reviewListClosed, at: Fixtures.at(18)) { $0.phase = .answering }

        store.send(.reviewListOpened, at: Fixtures.at(19)) {
            $0.phase = .reviewList(ExamSession.ReviewList(filter: .all, highlighted: 2))
        }
        store.send(.reviewFilterChanged(.flagged), at: Fixtures.at(20)) {
            $0.phase = .reviewList(ExamSession.ReviewList(filter: .flagged, highlighted: 0))
        }
        store.sendSaving(.movedToQuestion(.index(0)), at: Fixtures.at(21)) {
            $0.phase = .answering
            $0.position = 0
            $0.highlighted = 0
        }
    }

    @Test func typingAQuestionNumberHighlightsItAndEnterGoesThere() {
        let questions = (0..<12).map { _ in Fixtures.single }
        var store = ExamStore(exam: Fixtures.exam(questions))
        store.sendSaving(.flagToggled, at: Fixtures.at(1)) { $0.flagged = [0] }
        store.send(.reviewListOpened, at: Fixtures.at(2)) {
            $0.phase = .reviewList(ExamSession.ReviewList(filter: .all, highlighted: 0))
        }
        store.send(.reviewFilterChanged(.flagged), at: Fixtures.at(3)) {
            $0.phase = .reviewList(ExamSession.ReviewList(filter: .flagged, highlighted: 0))
        }
        store.send(.reviewListDigitTyped(1), at: Fixtures.at(4)) {
            $0.phase = .reviewList(ExamSession.ReviewList(filter: .flagged, highlighted: 0, typedNumber: 1))
        }
        store.send(.reviewListDigitTyped(1), at: Fixtures.at(5)) {
            $0.phase = .reviewList(ExamSession.ReviewList(filter: .all, highlighted: 10, typedNumber: 11))
        }
        store.send(.reviewListDigitTyped(7), at: Fixtures.at(6)) {
            $0.phase = .reviewList(ExamSession.ReviewList(filter: .all, highlighted: 6, typedNumber: 7))
        }
        store.send(.reviewListDigitTyped(0), at: Fixtures.at(7)) {
            $0.phase = .reviewList(ExamSession.ReviewList(filter: .all, highlighted: 6, typedNumber: nil))
        }
        store.send(.highlightMoved(by: -100), at: Fixtures.at(8)) {
            $0.phase = .reviewList(ExamSession.ReviewList(filter: .all, highlighted: 0))
        }
        store.send(.highlightMoved(by: 100), at: Fixtures.at(9)) {
            $0.phase = .reviewList(ExamSession.ReviewList(filter: .all, highlighted: 11))
        }
    }

    @Test func emptyFilterHasNoRowsToMoveThrough() {
        var store = ExamStore(exam: Fixtures.exam([Fixtures.single]))
        store.send(.reviewListOpened, at: Fixtures.at(1)) {
            $0.phase = .reviewList(ExamSession.ReviewList(filter: .all, highlighted: 0))
        }
        store.send(.reviewFilterChanged(.flagged), at: Fixtures.at(2)) {
            $0.phase = .reviewList(ExamSession.ReviewList(filter: .flagged, highlighted: 0))
        }
        #expect(store.state.reviewRows(.flagged).isEmpty)
        store.send(.highlightMoved(by: 1), at: Fixtures.at(3))
        store.send(.highlightMoved(by: -1), at: Fixtures.at(4))
    }

    @Test func filtersCycleInTurn() {
        #expect(ReviewFilter.all.next(in: ReviewFilter.duringExam) == .unanswered)
        #expect(ReviewFilter.unanswered.next(in: ReviewFilter.duringExam) == .flagged)
        #expect(ReviewFilter.flagged.next(in: ReviewFilter.duringExam) == .all)
    }
}

@Suite struct ExamSubmitTests {
    @Test func submitAsksFirstAndCancellingGoesBackWhereTheLearnerWas() {
        var store = ExamStore(exam: Fixtures.exam([Fixtures.single, Fixtures.owner]))
        store.send(.submitRequested, at: Fixtures.at(1)) { $0.phase = .confirmingSubmit(returningTo: nil) }
        store.send(.choicePicked(0), at: Fixtures.at(2))
        store.send(.movedToQuestion(.next), at: Fixtures.at(3))
        store.send(.submitCancelled, at: Fixtures.at(4)) { $0.phase = .answering }
        store.send(.submitConfirmed, at: Fixtures.at(5))

        let list = ExamSession.ReviewList(filter: .unanswered, highlighted: 1)
        store.send(.reviewListOpened, at: Fixtures.at(6)) {
            $0.phase = .reviewList(ExamSession.ReviewList(filter: .all, highlighted: 0))
        }
        store.send(.reviewFilterChanged(.unanswered), at: Fixtures.at(7)) {
            $0.phase = .reviewList(ExamSession.ReviewList(filter: .unanswered, highlighted: 0))
        }
        store.send(.highlightMoved(by: 1), at: Fixtures.at(8)) { $0.phase = .reviewList(list) }
        store.send(.submitRequested, at: Fixtures.at(9)) { $0.phase = .confirmingSubmit(returningTo: list) }
        store.send(.submitCancelled, at: Fixtures.at(10)) { $0.phase = .reviewList(list) }
    }

    @Test func confirmedSubmissionMarksEveryQuestionOnceAndOpensTheResults() {
        var exam = Fixtures.exam([Fixtures.single, Fixtures.multiple, Fixtures.owner])
        exam.picks = [[0], [0, 1], []]
        exam.secondsLeft = 5000
        exam.secondsOnQuestion = [100, 250, 50]
        var store = ExamStore(exam: exam)
        store.send(.submitRequested, at: Fixtures.at(1)) { $0.phase = .confirmingSubmit(returningTo: nil) }
        let result = ExamResult(
            examID: "e1", startedAt: Fixtures.start, finishedAt: Fixtures.at(2), howEnded: .submitted,
            questions: [
                ExamQuestionOutcome(questionID: "t.single", topic: "basics", chosen: [0], isCorrect: true, seconds: 100),
                ExamQuestionOutcome(questionID: "t.multiple", topic: "basics", chosen: [0, 1], isCorrect: false, seconds: 250),
                ExamQuestionOutcome(questionID: "t.owner", topic: "services", chosen: [], isCorrect: false, seconds: 50),
            ],
            secondsUsed: 400
        )
        store.send(.submitConfirmed, at: Fixtures.at(2), effects: [.examSubmitted(result)]) { $0.phase = .finished(result) }
        #expect(!store.state.isUnderWay)
        #expect(store.state.result == result)
        store.send(.submitConfirmed, at: Fixtures.at(3))
        store.send(.timerTicked, at: Fixtures.at(4))
        store.send(.choicePicked(1), at: Fixtures.at(5))
        store.send(.flagToggled, at: Fixtures.at(6))

        store.send(.resultsReviewOpened, at: Fixtures.at(7)) { $0.phase = .reviewingResults(result, position: 0) }
        store.send(.movedToQuestion(.previous), at: Fixtures.at(8))
        store.send(.movedToQuestion(.next), at: Fixtures.at(9)) { $0.phase = .reviewingResults(result, position: 1) }
        store.send(.movedToQuestion(.index(2)), at: Fixtures.at(10)) { $0.phase = .reviewingResults(result, position: 2) }
        store.send(.movedToQuestion(.index(3)), at: Fixtures.at(11))
        store.send(.movedToQuestion(.next), at: Fixtures.at(12)) { $0.phase = .finished(result) }
        store.send(.resultsReviewOpened, at: Fixtures.at(13)) { $0.phase = .reviewingResults(result, position: 0) }
        store.send(.resultsReviewClosed, at: Fixtures.at(14)) { $0.phase = .finished(result) }
    }
}

@Suite struct ExamTimerTests {
    @Test func ticksCountTimeSinceTheLastTickCappedForPausesAndSnapshotEvery15Seconds() {
        var store = ExamStore(exam: Fixtures.exam([Fixtures.single, Fixtures.owner], minutes: 20))
        store.send(.timerTicked, at: Fixtures.at(100)) { $0.lastTickAt = Fixtures.at(100) }
        store.send(.timerTicked, at: Fixtures.at(101)) {
            $0.lastTickAt = Fixtures.at(101)
            $0.secondsLeft = 1199
            $0.secondsOnQuestion = [1, 0]
        }
        store.send(.timerTicked, at: Fixtures.at(3701)) {
            $0.lastTickAt = Fixtures.at(3701)
            $0.secondsLeft = 1189
            $0.secondsOnQuestion = [11, 0]
        }
        store.send(.timerTicked, at: Fixtures.at(3700)) { $0.lastTickAt = Fixtures.at(3700) }
        store.send(.timerTicked, at: Fixtures.at(3703.5)) {
            $0.lastTickAt = Fixtures.at(3703.5)
            $0.secondsLeft = 1185.5
            $0.secondsOnQuestion = [14.5, 0]
        }
        store.sendSaving(.timerTicked, at: Fixtures.at(3704.5)) {
            $0.lastTickAt = Fixtures.at(3704.5)
            $0.secondsLeft = 1184.5
            $0.secondsOnQuestion = [15.5, 0]
            $0.secondsLeftAtLastSnapshot = 1184.5
        }
        store.sendSaving(.movedToQuestion(.next), at: Fixtures.at(3705)) { $0.position = 1 }
        store.send(.timerTicked, at: Fixtures.at(3706)) {
            $0.lastTickAt = Fixtures.at(3706)
            $0.secondsLeft = 1183
            $0.secondsOnQuestion = [15.5, 1.5]
        }
        store.send(.reviewListOpened, at: Fixtures.at(3707)) {
            $0.phase = .reviewList(ExamSession.ReviewList(filter: .all, highlighted: 1))
        }
        store.send(.timerTicked, at: Fixtures.at(3708)) {
            $0.lastTickAt = Fixtures.at(3708)
            $0.secondsLeft = 1181
        }
        #expect(store.state.secondsUsed == 19)
    }

    @Test func theFifteenMinuteWarningShowsOnceUntilTheNextEvent() {
        var exam = Fixtures.exam([Fixtures.single], minutes: 20)
        exam.secondsLeft = 902
        exam.secondsLeftAtLastSnapshot = 902
        exam.lastTickAt = Fixtures.at(0)
        var store = ExamStore(exam: exam)
        store.send(.timerTicked, at: Fixtures.at(1)) {
            $0.lastTickAt = Fixtures.at(1)
            $0.secondsLeft = 901
            $0.secondsOnQuestion = [1]
        }
        store.send(.timerTicked, at: Fixtures.at(2)) {
            $0.lastTickAt = Fixtures.at(2)
            $0.secondsLeft = 900
            $0.secondsOnQuestion = [2]
            $0.warningsShown = [.fifteenMinutes]
            $0.activeWarning = .fifteenMinutes
        }
        store.send(.timerTicked, at: Fixtures.at(3)) {
            $0.lastTickAt = Fixtures.at(3)
            $0.secondsLeft = 899
            $0.secondsOnQuestion = [3]
        }
        store.send(.highlightMoved(by: 1), at: Fixtures.at(3.5)) {
            $0.highlighted = 0
            $0.activeWarning = nil
        }
        store.send(.timerTicked, at: Fixtures.at(4)) {
            $0.lastTickAt = Fixtures.at(4)
            $0.secondsLeft = 898
            $0.secondsOnQuestion = [4]
        }
    }

    @Test func theFiveMinuteWarningAndTheCountdownStyleThreshold() {
        var exam = Fixtures.exam([Fixtures.single], minutes: 20)
        exam.secondsLeft = 305
        exam.secondsLeftAtLastSnapshot = 305
        exam.warningsShown = [.fifteenMinutes]
        exam.lastTickAt = Fixtures.at(0)
        exam.phase = .reviewList(ExamSession.ReviewList(filter: .all, highlighted: 0))
        var store = ExamStore(exam: exam)
        store.send(.timerTicked, at: Fixtures.at(6)) {
            $0.lastTickAt = Fixtures.at(6)
            $0.secondsLeft = 299
            $0.warningsShown = [.fifteenMinutes, .fiveMinutes]
            $0.activeWarning = .fiveMinutes
        }
        store.send(.reviewFilterChanged(.flagged), at: Fixtures.at(7)) {
            $0.phase = .reviewList(ExamSession.ReviewList(filter: .flagged, highlighted: 0))
            $0.activeWarning = nil
        }
    }

    @Test func noWarningForAThresholdTheExamStartedUnder() {
        var store = ExamStore(exam: Fixtures.exam([Fixtures.single], minutes: 10))
        store.send(.timerTicked, at: Fixtures.at(0)) { $0.lastTickAt = Fixtures.at(0) }
        store.send(.timerTicked, at: Fixtures.at(10)) {
            $0.lastTickAt = Fixtures.at(10)
            $0.secondsLeft = 590
            $0.secondsOnQuestion = [10]
        }
    }

    @Test func timeRunningOutSubmitsWhateverIsAnsweredExactlyOnce() {
        var exam = Fixtures.exam([Fixtures.single, Fixtures.owner], minutes: 1)
        exam.picks = [[1], []]
        exam.secondsLeft = 3
        exam.secondsLeftAtLastSnapshot = 3
        exam.warningsShown = [.fifteenMinutes, .fiveMinutes]
        exam.lastTickAt = Fixtures.at(57)
        exam.secondsOnQuestion = [50, 7]
        exam.phase = .confirmingSubmit(returningTo: nil)
        var store = ExamStore(exam: exam)
        store.send(.timerTicked, at: Fixtures.at(58)) {
            $0.lastTickAt = Fixtures.at(58)
            $0.secondsLeft = 2
        }
        let result = ExamResult(
            examID: "e1", startedAt: Fixtures.start, finishedAt: Fixtures.at(61), howEnded: .timeExpired,
            questions: [
                ExamQuestionOutcome(questionID: "t.single", topic: "basics", chosen: [1], isCorrect: false, seconds: 50),
                ExamQuestionOutcome(questionID: "t.owner", topic: "services", chosen: [], isCorrect: false, seconds: 7),
            ],
            secondsUsed: 60
        )
        store.send(.timerTicked, at: Fixtures.at(61), effects: [.examSubmitted(result)]) {
            $0.lastTickAt = Fixtures.at(61)
            $0.secondsLeft = 0
            $0.phase = .finished(result)
        }
        store.send(.timerTicked, at: Fixtures.at(62))
        store.send(.timerTicked, at: Fixtures.at(100))
        store.send(.submitConfirmed, at: Fixtures.at(101))
        store.send(.submitRequested, at: Fixtures.at(102))
    }
}
