import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// The team report's read of a progress file (`ProgressStore.loadCounted`) against the ordinary load: for good and
/// bad files alike, the same progress and totals or the same refusal.
@Suite struct CountedProgressTests {
    typealias F = ReportFixtures

    /// A history with a drill cell half right, a confidence, an exam and a completed training.
    static func history() throws -> ProgressFile {
        var progress = F.progress("ada", answers: [
            F.answer("t.single", at: 10), F.answer("t.owner", topic: "services", correct: false, at: 20, confidence: .sure),
            AnswerRecord(
                questionId: "t.drill", topic: "services", chosen: [0, 2], correct: false, seconds: 12.5, answeredAt: Fixtures.at(30),
                session: "d1", mode: "drill", credit: 0.5
            ),
            F.answer("t.single", correct: false, at: 40), F.answer("t.container", topic: "services", at: 50, chosen: []),
        ])
        F.completedTraining(&progress)
        progress.apply(.exam(try F.exam("e1", correct: 40, of: 65, finishedAt: 1000)))
        return progress
    }

    static func text() throws -> String {
        String(decoding: try ProgressStore.encode(try history()), as: UTF8.self)
    }

    /// `text` with the `occurrence`th (from 1) `target` replaced.
    static func replacing(_ target: String, with replacement: String, occurrence: Int = 1, in text: String) -> String {
        var searchStart = text.startIndex
        for seen in 1... {
            guard let range = text.range(of: target, range: searchStart..<text.endIndex) else {
                Issue.record("\(target) is not in the text \(occurrence) times")
                return text
            }
            if seen == occurrence { return text.replacingCharacters(in: range, with: replacement) }
            searchStart = range.upperBound
        }
        return text
    }

    /// Files srm-quiz writes, and forms it does not write but reads.
    static func goodFiles() throws -> [String: String] {
        let text = try text()
        let firstDate = ISODate.text(Fixtures.at(10))
        return [
            "plain": text,
            "non-ASCII topic": replacing(#""topic" : "services""#, with: #""topic" : "sérvices""#, in: text),
            "escaped text": replacing(#""session" : "s1""#, with: #""session" : "s\u0031""#, in: text),
            "date without milliseconds": replacing("\"\(firstDate)\"", with: "\"\(firstDate.prefix(19))Z\"", in: text),
            "null confidence": replacing(#""correct" : true"#, with: #""confidence" : null, "correct" : true"#, in: text),
            "chosen as 1.0": replacing(#""chosen" : ["#, with: #""chosen" : [1.0, "#, in: text),
            "seconds with an exponent": replacing(#""seconds" : 4.25"#, with: #""seconds" : 425e-2"#, in: text),
            "keys in another order and compact": replacing(
                #""answers" : ["#, with: #""answers" : [{"topic":"basics","questionId":"x","session":"s","mode":"practice","seconds":1,"chosen":[3],"correct":true,"answeredAt":"\#(firstDate)"},"#,
                in: text
            ),
            "unknown key in an answer": replacing(#""correct" : true"#, with: #""hint" : "x", "correct" : true"#, in: text),
            "question figures without the last answer": replacing(#""lastCorrect" : true,"#, with: "", in: text),
            "no answers": replacing(#""answers" : ["#, with: #""answers" : [], "unused" : ["#, in: text),
        ]
    }

    /// Files the ordinary load refuses, each for one reason.
    static func badFiles() throws -> [String: String] {
        let text = try text()
        return [
            "empty": "",
            "cut short": String(text.prefix(text.count / 2)),
            "foreign": #"{"name": "other"}"#,
            "top level a list": "[]",
            "newer schema": replacing(#""schemaVersion" : 2"#, with: #""schemaVersion" : 99"#, in: text),
            "no schema version": replacing(#""schemaVersion" : 2,"#, with: "", in: text),
            "negative seconds": replacing(#""seconds" : 4.25"#, with: #""seconds" : -1"#, occurrence: 2, in: text),
            "seconds too large": replacing(#""seconds" : 4.25"#, with: #""seconds" : 1e300"#, in: text),
            "chosen out of range": replacing(#""chosen" : ["#, with: #""chosen" : [300, "#, occurrence: 3, in: text),
            "chosen not a number": replacing(#""chosen" : ["#, with: #""chosen" : ["a", "#, in: text),
            "credit above 1": replacing(#""credit" : 0.5"#, with: #""credit" : 2"#, in: text),
            "credit 1 but not correct": replacing(#""credit" : 0.5"#, with: #""credit" : 1"#, in: text),
            "topic missing": replacing(#""topic" : "basics""#, with: #""topik" : "basics""#, occurrence: 2, in: text),
            "topic a number": replacing(#""topic" : "basics""#, with: #""topic" : 7"#, in: text),
            "bad date": replacing(#""answeredAt" : "2"#, with: #""answeredAt" : "x2"#, in: text),
            "key twice in an answer": replacing(#""mode" : "practice""#, with: #""mode" : "practice", "mode" : "practice""#, in: text),
            "trailing comma in the answers": replacing(#""answers" : ["#, with: #""answers" : [1,], "unused" : ["#, in: text),
            "answers not a list": replacing(#""answers" : ["#, with: #""answers" : {}, "unused" : ["#, in: text),
            "two bad answers, the first named": replacing(
                #""seconds" : 4.25"#, with: #""seconds" : -2"#, occurrence: 3,
                in: replacing(#""seconds" : 4.25"#, with: #""seconds" : -1"#, occurrence: 2, in: text)
            ),
            "a bad exam before a bad answer": replacing(
                #""secondsUsed" : 3600"#, with: #""secondsUsed" : -5"#, in: replacing(#""seconds" : 4.25"#, with: #""seconds" : -1"#, in: text)
            ),
            "question attempts negative": replacing(#""attempts" : "#, with: #""attempts" : -"#, in: text),
            "question right more than asked": replacing("\"attempts\" : 1,\n      \"correct\" : 1", with: "\"attempts\" : 0,\n      \"correct\" : 1", in: text),
            "question seconds too large": replacing(#""totalSeconds" : 12.5"#, with: #""totalSeconds" : 9e99"#, in: text),
            "question figures null": replacing(#""t.drill" : {"#, with: #""t.drill" : null, "unused" : {"#, in: text),
            "question given twice": replacing(#""questions" : {"#, with: #""questions" : {"t.single" : {"attempts" : 1, "correct" : 1, "totalSeconds" : 1},"#, in: text),
            "journal sequence out of range": replacing(#""journalSequence" : 0"#, with: #""journalSequence" : -1"#, in: text),
        ]
    }

    static func ordinary(_ store: ProgressStore) -> Result<CountedProgress?, ProgressError> {
        Result { () throws(ProgressError) in try store.load().map(CountedProgress.init) }
    }

    static func counted(_ store: ProgressStore) -> Result<CountedProgress?, ProgressError> {
        Result { () throws(ProgressError) in try store.loadCounted() }
    }

    @Test func goodAndBadFilesAreReadOrRefusedAlikeWithTheSameMessage() throws {
        let directory = try Fixtures.temporaryDirectory()
        let good = try Self.goodFiles()
        let bad = try Self.badFiles()
        for (name, text) in good.merging(bad, uniquingKeysWith: { first, _ in first }) {
            let store = ProgressStore(fileURL: directory.appendingPathComponent("\(name).json"))
            try Data(text.utf8).write(to: store.fileURL)
            let ordinary = Self.ordinary(store)
            #expect(Self.counted(store) == ordinary, "\(name)")
            if good[name] != nil {
                #expect((try? ordinary.get()) != nil, "the ordinary load reads \(name)")
            } else if case .success = ordinary {
                Issue.record("the ordinary load reads \(name), which is meant to be refused")
            }
        }
    }

    @Test func filesInTheUsualFormsAreReadInOnePassAndOthersLeftToTheOrdinaryReader() throws {
        for (name, text) in try Self.goodFiles() {
            let read = try #require(CountingReader.read(Data(text.utf8)), "\(name)")
            #expect(read == CountedProgress(try ProgressStore.read(Data(text.utf8), path: name)), "\(name)")
        }
        for (name, text) in try Self.badFiles() {
            #expect(CountingReader.read(Data(text.utf8)) == nil, "\(name)")
        }
    }

    @Test func theTotalsAndTheLastAnswerAreThoseOfTheWholeHistory() throws {
        let history = try Self.history()
        let read = try #require(CountingReader.read(try ProgressStore.encode(history)))
        #expect(read.totals == history.totals)
        #expect(read.totals.overall == .init(answered: 5, correct: 2.5))
        #expect(read.lastAnsweredAt == Fixtures.at(50))
        #expect(read.progress.answers.isEmpty && read.progress.questions.isEmpty)
        #expect(read.progress.exams == history.exams && read.progress.completions == history.completions)
    }

    @Test func anOlderSchemaIsMigratedAsTheOrdinaryLoadDoes() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/progress/schema-1.json")
        let store = ProgressStore(fileURL: try Fixtures.temporaryDirectory().appendingPathComponent("old.json"))
        try Data(contentsOf: fixture).write(to: store.fileURL)
        #expect(try store.loadCounted()?.totals.overall.answered == 1)
        #expect(Self.counted(store) == Self.ordinary(store))
    }

    @Test func theJournalBesideAFileIsFoldedInAsTheOrdinaryLoadFoldsIt() throws {
        let directory = try Fixtures.temporaryDirectory()
        let store = ProgressStore(fileURL: directory.appendingPathComponent("ada.json"))
        var progress = try Self.history()
        try store.save(progress)
        let late = AnswerOutcome(questionID: "t.owner", topic: "services", chosen: [1], isCorrect: true, seconds: 2, answeredAt: Fixtures.at(5000))
        try store.record([.answer(late, sessionID: "s9", mode: .practice)], into: &progress)
        try store.record([.exam(try F.exam("e2", correct: 60, of: 65, finishedAt: 6000))], into: &progress)
        let counted = try #require(try store.loadCounted())
        #expect(counted.totals.overall.answered == 6)
        #expect(counted.lastAnsweredAt == Fixtures.at(5000))
        #expect(counted.progress.exams.count == 2)
        #expect(Self.counted(store) == Self.ordinary(store))

        let text = try String(contentsOf: store.journal.fileURL, encoding: .utf8)
        try Data((text + #"{"sequence": 9, "profile": "bob"}"# + "\n" + "not an entry\n").utf8).write(to: store.journal.fileURL)
        #expect(Self.counted(store) == Self.ordinary(store))

        let orphan = ProgressStore(fileURL: directory.appendingPathComponent("cy.json"))
        try Data(text.utf8).write(to: orphan.journal.fileURL)
        #expect(throws: ProgressError.self) { try orphan.loadCounted() }
        #expect(Self.counted(orphan) == Self.ordinary(orphan))
    }

    @Test func aTeamDirectoryReadsEachLearnerAsTheOrdinaryLoadThenCountedWould() throws {
        let directory = try Fixtures.temporaryDirectory()
        let store = ProgressStore(fileURL: directory.appendingPathComponent("ada.json"))
        var progress = try Self.history()
        try store.save(progress)
        let late = AnswerOutcome(questionID: "t.owner", topic: "services", chosen: [1], isCorrect: false, seconds: 2, answeredAt: Fixtures.at(9000))
        try store.record([.answer(late, sessionID: "s9", mode: .practice)], into: &progress)
        for (name, text) in try Self.badFiles() {
            try Data(text.utf8).write(to: directory.appendingPathComponent("\(name).json"))
        }

        let contents = try TeamDirectory.read(directory)
        let loaded = try #require(try store.load())
        #expect(contents.learners == [TeamDirectory.Learner(file: store.fileURL.path, progress: loaded).counted()])
        #expect(contents.learners.first?.latestActivity == Fixtures.at(9000))
        for skipped in contents.skipped {
            let refusal = Result { () throws(ProgressError) in try ProgressStore(fileURL: URL(fileURLWithPath: skipped.file)).load() }
            guard case .failure(let error) = refusal else {
                Issue.record("\(skipped.file) was skipped but loads")
                continue
            }
            #expect(skipped.problem == TeamDirectory.problem(error))
        }
        #expect(contents.skipped.count == (try Self.badFiles()).count)
    }
}
