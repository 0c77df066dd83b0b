import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

@Suite struct ExamSnapshotTests {
    /// An exam with picks, flags and time gone, on its second question. A tick counts its time to the question
    /// on screen when it comes.
    func examUnderWay() -> ExamSession {
        var session = Fixtures.exam([Fixtures.single, Fixtures.multiple, Fixtures.owner], minutes: 16)
        let events: [(ExamEvent, Double)] = [
            (.timerTicked, 0), (.choicePicked(1), 5), (.flagToggled, 6), (.timerTicked, 8), (.movedToQuestion(.next), 9),
            (.choicePicked(3), 12), (.choicePicked(0), 13), (.timerTicked, 14), (.movedToQuestion(.next), 15),
            (.flagToggled, 16), (.movedToQuestion(.previous), 17), (.timerTicked, 18),
        ]
        for (event, second) in events {
            session = ExamReducer.reduce(session, event, at: Fixtures.at(second)).0
        }
        return session
    }

    @Test func theSnapshotHoldsWhatIsNeededToResume() {
        let snapshot = ExamSnapshot(examUnderWay())
        #expect(snapshot.format == "srm-quiz-exam")
        #expect(snapshot.schemaVersion == 1)
        #expect(snapshot.examID == "e1")
        #expect(snapshot.settings == ExamSettings(questionCount: 3, minutes: 16, seed: 1))
        #expect(snapshot.startedAt == Fixtures.start)
        #expect(snapshot.questions == [
            ExamSnapshot.Entry(id: "t.single", order: [0, 1, 2], picks: [1], flagged: true, seconds: 8),
            ExamSnapshot.Entry(id: "t.multiple", order: [0, 1, 2, 3], picks: [0, 3], flagged: false, seconds: 10),
            ExamSnapshot.Entry(id: "t.owner", order: [0, 1, 2], picks: [], flagged: true, seconds: 0),
        ])
        #expect(snapshot.position == 1)
        #expect(snapshot.secondsLeft == 942)
    }

    @Test func encodedDecodedAndRestoredItIsTheSameExam() throws {
        let session = examUnderWay()
        let data = try ProgressCoding.encoder().encode(ExamSnapshot(session))
        let decoded = try ProgressCoding.decoder().decode(ExamSnapshot.self, from: data)
        let restored = try decoded.restore(from: Fixtures.bank)
        var expected = session
        expected.lastTickAt = nil
        expected.secondsLeftAtLastSnapshot = session.secondsLeft
        #expect(restored == expected)
        #expect(restored.highlighted == 0)
    }

    @Test func restoredTheClockStartsAgainAtTheNextTickAndWarningsAreNotRepeated() throws {
        var session = Fixtures.exam([Fixtures.single], minutes: 20)
        session.secondsLeft = 890
        session.warningsShown = [.fifteenMinutes]
        let restored = try ExamSnapshot(session).restore(from: Fixtures.bank)
        #expect(restored.warningsShown == [.fifteenMinutes])
        let (started, _) = ExamReducer.reduce(restored, .timerTicked, at: Fixtures.at(10_000))
        #expect(started.secondsLeft == 890)
        let (ticked, _) = ExamReducer.reduce(started, .timerTicked, at: Fixtures.at(10_001))
        #expect(ticked.secondsLeft == 889)
        #expect(ticked.activeWarning == nil)
    }

    @Test func anExamSavedWithNoTimeLeftIsSubmittedAtTheFirstTick() throws {
        var session = Fixtures.exam([Fixtures.single], minutes: 1)
        session.picks = [[0]]
        session.secondsLeft = 0
        let restored = try ExamSnapshot(session).restore(from: Fixtures.bank)
        let (submitted, effects) = ExamReducer.reduce(restored, .timerTicked, at: Fixtures.at(500))
        let result = ExamResult(
            examID: "e1", startedAt: Fixtures.start, finishedAt: Fixtures.at(500), howEnded: .timeExpired,
            questions: [ExamQuestionOutcome(questionID: "t.single", topic: "basics", chosen: [0], isCorrect: true, seconds: 0, order: [0, 1, 2])],
            secondsUsed: 60
        )
        #expect(effects == [.examSubmitted(result)])
        #expect(submitted.phase == .finished(result))
    }

    @Test func restoreRefusesWhenAQuestionIsGone() {
        let snapshot = ExamSnapshot(examUnderWay())
        let smaller = Bank(topics: Fixtures.bank.topics, questions: [Fixtures.single, Fixtures.multiple])
        #expect(throws: ExamRestoreError.questionsMissing(["t.owner"])) { try snapshot.restore(from: smaller) }
        #expect(
            ExamRestoreError.questionsMissing(["t.owner"]).description
                == "the exam asks question t.owner, which is no longer in the question bank"
        )
        let empty = Bank(topics: [], questions: [])
        #expect(throws: ExamRestoreError.questionsMissing(["t.single", "t.multiple", "t.owner"])) { try snapshot.restore(from: empty) }
    }

    @Test func restoreRefusesChangedQuestionsAndDamagedOrForeignSnapshots() {
        let good = ExamSnapshot(examUnderWay())
        var changed = good
        changed.questions[0].order = [0, 1]
        #expect(throws: ExamRestoreError.questionChanged("t.single")) { try changed.restore(from: Fixtures.bank) }
        var beyond = good
        beyond.questions[1].picks = [4]
        #expect(throws: ExamRestoreError.damaged("question t.multiple has a pick beyond its 4 choices")) {
            try beyond.restore(from: Fixtures.bank)
        }
        var twoForOne = good
        twoForOne.questions[0].picks = [0, 1]
        #expect(throws: ExamRestoreError.damaged("question t.single takes one answer but has 2")) {
            try twoForOne.restore(from: Fixtures.bank)
        }
        var lost = good
        lost.position = 3
        #expect(throws: ExamRestoreError.damaged("the question on screen, 4, is not among its 3 questions")) {
            try lost.restore(from: Fixtures.bank)
        }
        var overtime = good
        overtime.secondsLeft = 961
        #expect(throws: ExamRestoreError.damaged("961.0 seconds left is outside the time limit of 16 minutes")) {
            try overtime.restore(from: Fixtures.bank)
        }
        var newer = good
        newer.schemaVersion = 2
        #expect(throws: ExamRestoreError.newerVersion(2)) { try newer.restore(from: Fixtures.bank) }
        var foreign = good
        foreign.format = "something-else"
        #expect(throws: ExamRestoreError.notAnExam(format: "something-else")) { try foreign.restore(from: Fixtures.bank) }
    }
}
