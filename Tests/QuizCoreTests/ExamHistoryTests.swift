import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// Every exam kept with what its review needs, and opened again from the Progress screen.
@Suite struct ExamHistoryTests {
    let reducer = AppReducer(bank: Fixtures.bank)

    /// single right and flagged, multiple wrong, owner left alone and flagged, submitted at second 3.
    func submitted() -> (state: AppState, effects: [AppEffect]) {
        var state = AppState(screen: .home(highlighted: .exam), profile: "ada", totals: ProgressTotals(), sessionSize: 2, nextSeed: 42)
        state.leavesToHome = true
        state.screen = .exam(Fixtures.exam(
            [Fixtures.single, Fixtures.multiple, Fixtures.owner],
            after: [.choicePicked(0), .flagToggled, .movedToQuestion(.next), .choicePicked(0), .choicePicked(1), .movedToQuestion(.next), .flagToggled],
            minutes: 10
        ))
        let (confirming, _) = reducer.reduce(state, .exam(.submitRequested), at: Fixtures.at(8))
        return reducer.reduce(confirming, .exam(.submitConfirmed), at: Fixtures.at(9))
    }

    @Test func aSubmittedExamKeepsEachQuestionsAnswerFlagAndVerdictAndIsListedAtOnce() throws {
        let (state, effects) = submitted()
        let record = try #require(state.exams.first)
        #expect(state.exams.count == 1)
        #expect(record.items == [
            ExamRecord.Item(questionId: "t.single", chosen: [0], flagged: true, correct: true),
            ExamRecord.Item(questionId: "t.multiple", chosen: [0, 1], flagged: false, correct: false),
            ExamRecord.Item(questionId: "t.owner", chosen: [], flagged: true, correct: false),
        ])
        guard case .saveProgress(let changes)? = effects.first else { Issue.record("nothing saved"); return }
        #expect(changes.last == .exam(record), "the record saved is the one listed")
        #expect(record.rows(.all) == [0, 1, 2])
        #expect(record.rows(.wrong) == [1], "answered and wrong; the unanswered one has its own filter")
        #expect(record.rows(.flagged) == [0, 2])
        #expect(record.rows(.unanswered) == [2])
    }

    @Test func aTaggedExamKeepsItsResultPerTask() {
        let bank = Fixtures.taggedBank
        let questions = ["a", "d", "e"].compactMap { bank.question(id: $0) }
        let session = Fixtures.exam(questions, after: [.choicePicked(0), .movedToQuestion(.next), .choicePicked(1)])
        let record = ExamRecord(ExamResult(session: session, howEnded: .submitted, at: Fixtures.at(5)))
        #expect(record.tasks == [TopicScore(topic: "2.1", correct: 1, total: 1), TopicScore(topic: "2.3", correct: 0, total: 1)])
    }

    @Test func aPastExamOpensFromProgressFiltersAndGoesBackThere() throws {
        var store = TestStore(submitted().state) { reducer.reduce($0, $1, at: $2) }
        store.send(.homeRequested, at: Fixtures.at(10)) {
            $0.screen = .home(highlighted: .exam)
            $0.dueForReview = 0
        }
        store.send(.homeEntryChosen(.progress), at: Fixtures.at(11)) {
            $0.screen = .progress
            $0.readiness = ReadinessFigures(bank: Fixtures.bank, state: $0, at: Fixtures.at(11))
        }
        store.send(.pastExamOpened(1), at: Fixtures.at(12))
        store.send(.pastExamOpened(0), at: Fixtures.at(12)) { $0.screen = .pastExam(PastExamReview(index: 0, filter: .all)) }
        store.send(.pastExamFiltered(.wrong), at: Fixtures.at(13)) {
            $0.screen = .pastExam(PastExamReview(index: 0, filter: .wrong, showsReview: true))
        }
        store.send(.pastExamFiltered(.flagged), at: Fixtures.at(14)) {
            $0.screen = .pastExam(PastExamReview(index: 0, filter: .flagged, showsReview: true))
        }
        store.send(.bodyScrolled(to: 4), at: Fixtures.at(15)) {
            $0.scroll = 4
            $0.followsHighlight = false
        }
        store.send(.pastExamFiltered(.unanswered), at: Fixtures.at(16)) {
            $0.screen = .pastExam(PastExamReview(index: 0, filter: .unanswered, showsReview: true))
            $0.scroll = 0
            $0.followsHighlight = true
        }
        store.send(.quitRequested, at: Fixtures.at(17)) { $0.screen = .progress }
        store.send(.homeRequested, at: Fixtures.at(18)) { $0.screen = .home(highlighted: .progress) }
    }

    @Test func aRecordWithoutItsQuestionsLoadsAndOffersNoReview() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("exam-history-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = ProgressStore(fileURL: directory.appendingPathComponent("ada.json"))
        try store.save(ProgressFile(profile: "ada", createdAt: Fixtures.start))
        var text = try String(contentsOf: store.fileURL, encoding: .utf8)
        let old = """
            "exams" : [{"id": "old", "startedAt": "2027-01-15T07:00:00.000Z", "finishedAt": "2027-01-15T08:00:00.000Z",
             "questions": 65, "correct": 50, "scaledEstimate": 792, "passed": true, "secondsUsed": 3600,
             "howEnded": "submitted", "topics": []}]
            """
        text = text.replacingOccurrences(of: "\"exams\" : [\n\n  ]", with: old)
        try Data(text.utf8).write(to: store.fileURL)
        let record = try #require(try store.load()?.exams.first)
        #expect(record.id == "old")
        #expect(record.items == nil)
        #expect(record.tasks == nil)
        #expect(record.rows(.all).isEmpty)
    }

    @Test func aRecordSavedInTheJournalComesBackWhole() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("exam-history-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = ProgressStore(fileURL: directory.appendingPathComponent("ada.json"))
        var progress = ProgressFile(profile: "ada", createdAt: Fixtures.start)
        try store.save(progress)
        let record = try #require(submitted().state.exams.first)
        try store.record([.exam(record)], into: &progress)
        let journal = try String(contentsOf: directory.appendingPathComponent("ada.journal"), encoding: .utf8)
        #expect(journal.contains("\"items\":[{\"chosen\":[0],\"correct\":true,\"flagged\":true,\"questionId\":\"t.single\"}"))
        #expect(try store.load()?.exams == [record])
    }

    @Test func aRecordWhoseQuestionsDisagreeWithItsCountsIsRefusedNamingTheField() {
        let record = submitted().state.exams[0]
        #expect(ProgressLimits.problem(in: record) == nil)
        var json = String(decoding: try! ProgressCoding.encoder().encode(record), as: UTF8.self)
        json = json.replacingOccurrences(of: "\"correct\" : 1,", with: "\"correct\" : 2,")
        let edited = try! ProgressCoding.decoder().decode(ExamRecord.self, from: Data(json.utf8))
        #expect(ProgressLimits.problem(in: edited) == "items mark 1 right, not its correct 2")
        json = String(decoding: try! ProgressCoding.encoder().encode(record), as: UTF8.self)
            .replacingOccurrences(of: "\"chosen\" : [\n        0\n      ]", with: "\"chosen\" : [\n        300\n      ]")
        let wild = try! ProgressCoding.decoder().decode(ExamRecord.self, from: Data(json.utf8))
        #expect(ProgressLimits.problem(in: wild) == "items[0].chosen holds 300, outside 0 to 255")
    }

    @Test func aProgressFileWhoseExamQuestionsDisagreeIsRefusedNamingTheExam() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("exam-history-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = ProgressStore(fileURL: directory.appendingPathComponent("ada.json"))
        var progress = ProgressFile(profile: "ada", createdAt: Fixtures.start)
        progress.apply(.exam(submitted().state.exams[0]))
        var object = try #require(try JSONSerialization.jsonObject(with: ProgressStore.encode(progress)) as? [String: Any])
        var exams = try #require(object["exams"] as? [[String: Any]])
        exams[0]["items"] = (exams[0]["items"] as? [Any]).map { Array($0.dropLast()) }
        object["exams"] = exams
        try DataFile.prepareDirectory(directory)
        try JSONSerialization.data(withJSONObject: object).write(to: store.fileURL)
        #expect {
            try store.load()
        } throws: { error in
            "\(error)".contains("exams[0].items holds 2 questions, not its 3")
        }
    }

    @Test func theHistoryGivesTimeUsedAndHowItEndedOnce() {
        let result = ExamResult(
            examID: "e", startedAt: Fixtures.start, finishedAt: Fixtures.at(3725), howEnded: .timeExpired,
            questions: [ExamQuestionOutcome(questionID: "t.single", topic: "basics", chosen: [], isCorrect: false, seconds: 3725)], secondsUsed: 3725
        )
        let exam = ExamHistory.Exam(ExamRecord(result))
        #expect(exam.secondsUsed == 3725)
        #expect(exam.timeUsedText == "62:05")
        #expect(exam.endingText == "time ran out")
    }
}
