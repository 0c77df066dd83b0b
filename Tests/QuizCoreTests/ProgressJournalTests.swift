import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

@Suite struct ProgressJournalTests {
    func store() throws -> ProgressStore {
        ProgressStore(dataDirectory: try Fixtures.temporaryDirectory(), profile: try ProfileName("ada"))
    }

    func answer(_ number: Int, correct: Bool = true) -> ProgressChange {
        .answer(
            AnswerOutcome(questionID: "q.\(number)", topic: "basics", chosen: [0], isCorrect: correct, seconds: 1.5, answeredAt: Fixtures.at(Double(number))),
            sessionID: "s1", mode: .practice
        )
    }

    @Test func theFirstSaveWritesTheFileAndLaterOnesOnlyAppendALine() throws {
        let store = try store()
        var progress = ProgressFile(profile: "ada", createdAt: Fixtures.start)
        try store.record([answer(1)], into: &progress)
        let snapshot = try Data(contentsOf: store.fileURL)
        for number in 2...6 { try store.record([answer(number)], into: &progress) }
        #expect(try Data(contentsOf: store.fileURL) == snapshot, "the snapshot is not rewritten on each answer")
        let lines = try String(contentsOf: store.journal.fileURL, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 5)
        #expect(progress.journalSequence == 5)
        #expect(try store.load() == progress)
        #expect(try permissions(store.journal.fileURL.path) == 0o600)
    }

    @Test func aLineCutShortByAKillIsIgnoredAndCutBeforeTheNextSave() throws {
        let store = try store()
        var progress = ProgressFile(profile: "ada", createdAt: Fixtures.start)
        for number in 1...3 { try store.record([answer(number)], into: &progress) }
        let handle = try FileHandle(forWritingTo: store.journal.fileURL)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"answers":[{"questionId":"q.4","#.utf8))
        try handle.close()
        var loaded = try #require(try store.load())
        #expect(loaded.answers.map(\.questionId) == ["q.1", "q.2", "q.3"])
        try store.record([answer(5)], into: &loaded)
        #expect(try store.load()?.answers.map(\.questionId) == ["q.1", "q.2", "q.3", "q.5"])
    }

    @Test func aDamagedLineInsideTheJournalIsNamedAndNotCounted() throws {
        let store = try store()
        var progress = ProgressFile(profile: "ada", createdAt: Fixtures.start)
        for number in 1...3 { try store.record([answer(number)], into: &progress) }
        var lines = try String(contentsOf: store.journal.fileURL, encoding: .utf8).split(separator: "\n").map(String.init)
        lines[0] = "not json"
        try (lines.joined(separator: "\n") + "\n").write(to: store.journal.fileURL, atomically: false, encoding: .utf8)
        let reading = try store.read()
        #expect(reading.progress?.answers.map(\.questionId) == ["q.1", "q.3"])
        #expect(reading.journal.problems.map(\.line) == [1])
        #expect(reading.journal.problems.first?.reason.hasPrefix("not a journal entry") == true)
    }

    @Test func compactingFoldsTheJournalInAndACrashHalfwayDuplicatesNothing() throws {
        let store = try store()
        var progress = ProgressFile(profile: "ada", createdAt: Fixtures.start)
        for number in 1...4 { try store.record([answer(number)], into: &progress) }
        let journal = try Data(contentsOf: store.journal.fileURL)
        try store.compact(progress)
        #expect(try Data(contentsOf: store.journal.fileURL).isEmpty)
        #expect(try store.load() == progress)
        try journal.write(to: store.journal.fileURL)
        #expect(try store.load() == progress, "entries the snapshot already holds are skipped")
        var again = try #require(try store.load())
        try store.record([answer(7)], into: &again)
        #expect(try store.load()?.answers.count == 5)
    }

    @Test func severalChangesAreOneEntry() throws {
        let store = try store()
        var progress = ProgressFile(profile: "ada", createdAt: Fixtures.start)
        try store.record([answer(1)], into: &progress)
        try store.record([answer(2), answer(3, correct: false)], into: &progress)
        #expect(try String(contentsOf: store.journal.fileURL, encoding: .utf8).split(separator: "\n").count == 1)
        #expect(try store.load()?.questions["q.3"]?.lastCorrect == false)
    }

    @Test func aJournalWithoutItsProgressFileIsNotTakenForNewProgress() throws {
        let store = try store()
        var progress = ProgressFile(profile: "ada", createdAt: Fixtures.start)
        for number in 1...2 { try store.record([answer(number)], into: &progress) }
        try FileManager.default.removeItem(at: store.fileURL)
        #expect(throws: ProgressError.corrupt(path: store.journal.fileURL.path, reason: "a journal without its progress file ada.json")) {
            try store.load()
        }
    }

    func permissions(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }
}

@Suite struct ProfileLockTests {
    @Test func aSecondHolderIsRefusedAndToldWhoHoldsIt() throws {
        let file = try Fixtures.temporaryDirectory().appendingPathComponent("profiles/ada.json")
        var first: ProfileLock? = try ProfileLock(progressFile: file, now: Fixtures.start)
        #expect(first != nil)
        let error = #expect(throws: ProfileLock.Failure.self) { try ProfileLock(progressFile: file) }
        guard case let .held(path, holder) = error else { Issue.record("not refused as held: \(String(describing: error))"); return }
        #expect(path.hasSuffix("profiles/ada.lock"))
        #expect(holder.hasPrefix("pid \(getpid()) on "))
        #expect(holder.hasSuffix("since 2027-01-15T08:00:00.000Z"))
        #expect(error?.description.contains("in use by another srm-quiz") == true)
        first = nil
        #expect(throws: Never.self) { try ProfileLock(progressFile: file) }
    }
}

@Suite struct ProgressHeaderTests {
    @Test func aSchemaVersionThatIsNotAWholeNumberIsNamed() throws {
        let store = ProgressStore(dataDirectory: try Fixtures.temporaryDirectory(), profile: try ProfileName("ada"))
        try FileManager.default.createDirectory(at: store.fileURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(#"{"format": "srm-quiz-progress", "schemaVersion": "2"}"#.utf8).write(to: store.fileURL)
        #expect(throws: ProgressError.corrupt(path: store.fileURL.path, reason: "schemaVersion is missing or not a whole number")) {
            try store.load()
        }
    }
}

/// Inputs the fuzzer found, kept so they stay fixed.
@Suite struct ProgressFuzzRegressionTests {
    /// Foundation reads "0-1-2T09:00:00.0Z" as a day of the year 1 BC, which a four-digit year cannot write back.
    @Test func aDateBeforeTheYearOneIsRefusedNotWrittenBackWrong() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("FuzzCorpus/progress/year-zero-dates")
        #expect(throws: ProgressError.corrupt(path: "year-zero-dates", reason: #"createdAt: "0-1-2T09:00:00.0Z" is outside the years 1 to 9999"#)) {
            try ProgressStore.read(try Data(contentsOf: url), path: "year-zero-dates")
        }
        let first = try ProgressStore.read(Data(#"{"format": "srm-quiz-progress", "schemaVersion": 2, "profile": "p", "createdAt": "0001-01-01T00:00:00.000Z", "updatedAt": "9999-12-31T23:59:59.999Z", "answers": [], "questions": {}, "exams": [], "trainingResults": [], "completions": [], "journalSequence": 0}"#.utf8), path: "edges")
        let again = try ProgressStore.read(try ProgressStore.encode(first), path: "again")
        #expect(again == first)
    }

    @Test func aFormatKeyGivenTwiceIsRefused() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("FuzzCorpus/progress/duplicate-format-key")
        #expect(throws: ProgressError.self) { try ProgressStore.read(try Data(contentsOf: url), path: "twice") }
    }
}
