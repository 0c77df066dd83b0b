import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// What a self-assessment's result holds, how it is kept in the progress file, and the matrix history it shows.
@Suite struct AssessmentResultTests {
    func answer(_ id: String, topic: String = "basics", chosen: [Int], right: Bool, _ confidence: Confidence?, at seconds: Double = 0) -> AnswerOutcome {
        AnswerOutcome(questionID: id, topic: topic, chosen: chosen, isCorrect: right, seconds: 1, answeredAt: Fixtures.at(seconds), confidence: confidence)
    }

    @Test func everyWrongAnswerIsListedConfidentlyWrongFirstWithWhatWasAnsweredAndLuckyGuessesAreNamed() {
        let answers = [
            answer("t.single", chosen: [2], right: false, .guessing),
            answer("t.owner", topic: "services", chosen: [0], right: false, .unsure),
            answer("t.multiple", chosen: [0, 1], right: false, .sure),
            answer("t.single", chosen: [0], right: true, .guessing),
            answer("t.owner", topic: "services", chosen: [1], right: true, .sure),
        ]
        let result = AssessmentResult(answers: answers, bank: Fixtures.bank)
        #expect(result.wrong.map(\.confidence) == [.sure, .unsure, .guessing])
        #expect(result.wrong.map { $0.answers.map(\.question.id) } == [["t.multiple"], ["t.owner"], ["t.single"]])
        #expect(result.wrong[0].answers[0].chosenTexts == ["IAM permissions", "Disk disposal"])
        #expect(result.wrong[0].answers[0].rightTexts == ["IAM permissions", "Data encryption settings"])
        #expect(result.wrong[2].answers[0].chosenTexts == ["Nobody"])
        #expect(result.wrongCount == 3)
        #expect(result.misconceptions.map(\.id) == ["t.multiple"])
        #expect(result.luckyGuesses.map(\.question.id) == ["t.single"])
        #expect(result.overall == ProgressTotals.Tally(answered: 5, correct: 2))
    }

    @Test func calibrationIsAccuracyPerConfidenceAndLeavesOutAnswersWithoutOne() {
        let answers = [
            answer("t.single", chosen: [0], right: true, .sure),
            answer("t.single", chosen: [1], right: false, .sure),
            answer("t.single", chosen: [0], right: true, .sure),
            answer("t.single", chosen: [0], right: true, .guessing),
            answer("t.single", chosen: [1], right: false, nil),
        ]
        let calibration = Calibration(answers)
        #expect(calibration[.sure] == ProgressTotals.Tally(answered: 3, correct: 2))
        #expect(calibration[.guessing].accuracy == 1)
        #expect(calibration[.unsure].accuracy == nil)
        #expect(calibration.byConfidence.values.map(\.answered).reduce(0, +) == 4)
    }

    @Test func theMatrixHistoryCountsEveryModesAnswersAboutACellAndTotalsThem() {
        let matrix = DrillFixtures.small
        let records = [
            AnswerRecord(questionId: "matrix.owner.ec2.physical-security", topic: MatrixQuestions.topic, chosen: [0], correct: true, seconds: 1, answeredAt: Fixtures.start, session: "p", mode: "practice"),
            AnswerRecord(questionId: "matrix.owner.ec2.physical-security", topic: MatrixQuestions.topic, chosen: [1], correct: false, seconds: 1, answeredAt: Fixtures.start, session: "d", mode: "drill"),
            AnswerRecord(questionId: "matrix.owner.s3.physical-security", topic: MatrixQuestions.topic, chosen: [0], correct: false, seconds: 1, answeredAt: Fixtures.start, session: "d", mode: "drill", credit: 0.5),
            AnswerRecord(questionId: "matrix.owner.ec2.guest-os-patching", topic: MatrixQuestions.topic, chosen: [0], correct: true, seconds: 1, answeredAt: Fixtures.start, session: "a", mode: "assess", confidence: .sure),
            AnswerRecord(questionId: "matrix.owner.ec2.application-code.r2", topic: MatrixQuestions.topic, chosen: [0], correct: true, seconds: 1, answeredAt: Fixtures.start, session: "e", mode: "exam"),
            AnswerRecord(questionId: "matrix.customer-pair.ec2.a.b", topic: MatrixQuestions.topic, chosen: [0], correct: true, seconds: 1, answeredAt: Fixtures.start, session: "p", mode: "practice"),
            AnswerRecord(questionId: "t.single", topic: "basics", chosen: [0], correct: true, seconds: 1, answeredAt: Fixtures.start, session: "p", mode: "practice"),
        ]
        let history = MatrixHistory(answers: records)
        let cell = { (service: String, control: String) in matrix.cell(service: service, control: control)! }
        #expect(history.tally(cell("ec2", "physical-security")) == ProgressTotals.Tally(answered: 2, correct: 1))
        #expect(history.tally(cell("s3", "physical-security")) == ProgressTotals.Tally(answered: 1, correct: 0.5))
        #expect(history.tally(cell("ec2", "application-code")) == nil, "an answer about another revision of the cell is another question")
        #expect(history.tally(cell("rds", "physical-security")) == nil)
        #expect(history.serviceTotal("ec2", in: matrix) == ProgressTotals.Tally(answered: 3, correct: 2))
        #expect(history.controlTotal("physical-security", in: matrix) == ProgressTotals.Tally(answered: 3, correct: 1.5))
        #expect(history.overall(in: matrix) == ProgressTotals.Tally(answered: 4, correct: 2.5))
    }

    @Test func finishingAnAssessmentKeepsItAndSavesItsRecordAfterTheLastAnswer() {
        let reducer = AppReducer(bank: Fixtures.bank)
        var state = AppState(screen: .home(highlighted: .assess), profile: "ada", totals: ProgressTotals(), sessionSize: 2, nextSeed: 42)
        state.assessLength = 2
        state = reducer.reduce(state, .homeEntryChosen(.assess), at: Fixtures.start).0
        guard case .assess(let session) = state.screen else { Issue.record("no assessment started"); return }
        var effects: [AppEffect] = []
        for step in 0..<2 {
            state = reducer.reduce(state, .assess(.session(.choicePicked(0))), at: Fixtures.at(Double(step * 2 + 1))).0
            #expect(state.assessments.isEmpty, "nothing is kept before the end")
            (state, effects) = reducer.reduce(state, .assess(.confidenceChosen(.sure)), at: Fixtures.at(Double(step * 2 + 2)))
        }
        let record = AssessmentRecord(session: session.id, startedAt: Fixtures.start, finishedAt: Fixtures.at(4), questions: 2)
        #expect(effects.count == 2)
        #expect(effects.last == .saveProgress([.assessment(record)]))
        #expect(state.assessments.map(\.record) == [record])
        #expect(state.assessments[0].answers.count == 2)
        (state, effects) = reducer.reduce(state, .homeRequested, at: Fixtures.at(5))
        #expect(effects.isEmpty, "the record is saved once")
    }

    @Test func aPastAssessmentOpensFromProgressAndGoesBackThere() {
        let reducer = AppReducer(bank: Fixtures.bank)
        var state = AppState(screen: .progress, profile: "ada", totals: ProgressTotals(), sessionSize: 2, nextSeed: 42)
        let record = AssessmentRecord(session: "assess-1", startedAt: Fixtures.start, finishedAt: Fixtures.at(9), questions: 1)
        state.assessments = [PastAssessment(record: record, answers: [answer("t.single", chosen: [0], right: true, .sure)])]
        #expect(reducer.reduce(state, .pastAssessmentOpened(1), at: Fixtures.start).0 == state, "no such assessment")
        state = reducer.reduce(state, .pastAssessmentOpened(0), at: Fixtures.start).0
        #expect(state.screen == .pastAssessment(0))
        state = reducer.reduce(state, .homeRequested, at: Fixtures.start).0
        #expect(state.screen == .progress)
        state = reducer.reduce(state, .homeRequested, at: Fixtures.start).0
        #expect(state.screen == .home(highlighted: .progress))
    }

    @Test func aDrillOrPracticeAnswerAboutACellCountsInTheMapAtOnce() {
        let reducer = AppReducer(bank: Fixtures.bank)
        var state = AppState(screen: .home(highlighted: .practice), profile: "ada", totals: ProgressTotals(), sessionSize: 2, nextSeed: 42)
        let outcome = answer("matrix.owner.ec2.physical-security", topic: MatrixQuestions.topic, chosen: [0], right: true, nil)
        reducer.count(outcome, sessionID: "p", mode: .practice, into: &state)
        #expect(state.matrixHistory.tally(DrillFixtures.small.cell(service: "ec2", control: "physical-security")!) == ProgressTotals.Tally(answered: 1, correct: 1))
    }
}

/// Past assessments in the progress file: kept through the journal, read back with their answers, and absent from
/// older files without harm.
@Suite struct AssessmentRecordStoreTests {
    @Test func anAssessmentIsKeptThroughTheJournalAndReadBackWithItsAnswers() throws {
        let store = ProgressStore(dataDirectory: try Fixtures.temporaryDirectory(), profile: try ProfileName("ada"))
        var progress = ProgressFile(profile: "ada", createdAt: Fixtures.start)
        let first = AnswerOutcome(questionID: "t.single", topic: "basics", chosen: [1], isCorrect: false, seconds: 2, answeredAt: Fixtures.at(1), confidence: .sure)
        let other = AnswerOutcome(questionID: "t.single", topic: "basics", chosen: [0], isCorrect: true, seconds: 2, answeredAt: Fixtures.at(2))
        try store.record([.answer(first, sessionID: "assess-1", mode: .assess)], into: &progress)
        try store.record([.answer(other, sessionID: "practice-1", mode: .practice)], into: &progress)
        let record = AssessmentRecord(session: "assess-1", startedAt: Fixtures.start, finishedAt: Fixtures.at(3), questions: 1)
        try store.record([.assessment(record)], into: &progress)
        let journal = try String(contentsOf: store.journal.fileURL, encoding: .utf8)
        #expect(journal.contains("\"assessments\""), "the record goes through the journal like other changes")
        let loaded = try #require(try store.load())
        #expect(loaded.assessments == [record])
        #expect(PastAssessment.all(in: loaded) == [PastAssessment(record: record, answers: [first])])
        try store.compact(loaded)
        #expect(try store.load()?.assessments == [record])
    }

    @Test func aProgressFileWrittenBeforeAssessmentsWereKeptStillLoads() throws {
        let text = #"{"format": "srm-quiz-progress", "schemaVersion": 2, "profile": "p", "createdAt": "2026-01-01T00:00:00.000Z", "updatedAt": "2026-01-01T00:00:00.000Z", "answers": [], "questions": {}, "exams": [], "trainingResults": [], "completions": [], "journalSequence": 0}"#
        let progress = try ProgressStore.read(Data(text.utf8), path: "old")
        #expect(progress.assessments.isEmpty)
        #expect(PastAssessment.all(in: progress).isEmpty)
        let journalLine = try ProgressCoding.decoder().decode(JournalEntry.self, from: Data(#"{"sequence": 1}"#.utf8))
        #expect(journalLine.assessments.isEmpty)
    }
}
