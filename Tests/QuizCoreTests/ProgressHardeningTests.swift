import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// Issue 17's attacks on the data directory, replayed against the store: links and special files, names that
/// collide, journals that are not what srm-quiz writes, numbers at the edges, readers during compaction, leftovers.
@Suite struct ProgressHardeningTests {
    func store(_ name: String = "ada") throws -> ProgressStore {
        ProgressStore(dataDirectory: try Fixtures.temporaryDirectory(), profile: try ProfileName(name))
    }

    func answer(_ number: Int) -> ProgressChange {
        .answer(
            AnswerOutcome(questionID: "q.\(number)", topic: "basics", chosen: [0], isCorrect: true, seconds: 1.5, answeredAt: Fixtures.at(Double(number))),
            sessionID: "s1", mode: .practice
        )
    }

    /// A store holding `count` answers: the first in the snapshot, the rest in the journal.
    func recorded(_ count: Int, in store: ProgressStore) throws -> ProgressFile {
        var progress = ProgressFile(profile: "ada", createdAt: Fixtures.start)
        for number in 1...count { try store.record([answer(number)], into: &progress) }
        return progress
    }

    func journalLines(_ store: ProgressStore) throws -> [String] {
        try String(contentsOf: store.journal.fileURL, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    func reason(_ body: () throws -> Void) -> String {
        do {
            try body()
            return "no error"
        } catch let error as ProgressError {
            return error.description
        } catch let error as ProfileLock.Failure {
            return error.description
        } catch {
            return "\(error)"
        }
    }

    // MARK: 1. Links and special files

    @Test func aSymlinkedJournalIsRefusedAndItsTargetNeverWritten() throws {
        let store = try store()
        _ = try recorded(1, in: store)
        let target = try Fixtures.temporaryDirectory().appendingPathComponent("precious.txt")
        try Data("precious\n".utf8).write(to: target)
        try FileManager.default.createSymbolicLink(atPath: store.journal.fileURL.path, withDestinationPath: target.path)

        #expect(reason { _ = try store.load() }.contains("\(store.journal.fileURL.path): refused: it is a symbolic link"))
        var progress = ProgressFile(profile: "ada", createdAt: Fixtures.start)
        #expect(reason { try store.record([answer(2)], into: &progress) }.contains("is a symbolic link"))
        #expect(reason { try store.compact(progress) }.contains("is a symbolic link"))
        #expect(try String(contentsOf: target, encoding: .utf8) == "precious\n")
    }

    @Test func aDanglingSymlinkedLockIsRefusedAndItsTargetNotCreated() throws {
        let store = try store()
        let lock = store.fileURL.deletingPathExtension().appendingPathExtension("lock")
        try FileManager.default.createDirectory(at: lock.deletingLastPathComponent(), withIntermediateDirectories: true)
        let target = try Fixtures.temporaryDirectory().appendingPathComponent("created-by-the-app")
        try FileManager.default.createSymbolicLink(atPath: lock.path, withDestinationPath: target.path)

        #expect(reason { _ = try ProfileLock(progressFile: store.fileURL) } == "\(lock.path): refused: it is a symbolic link, which srm-quiz does not follow in its data directory; move it away")
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    @Test func aFIFOOrADirectoryInAProfileFilesPlaceIsNamedNotWaitedOn() throws {
        let store = try store()
        try FileManager.default.createDirectory(at: store.fileURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(mkfifo(store.fileURL.path, 0o600) == 0)
        #expect(reason { _ = try store.load() } == "\(store.fileURL.path): refused: it is a FIFO, not a regular file; move it away")

        unlink(store.fileURL.path)
        try FileManager.default.createDirectory(at: store.journal.fileURL, withIntermediateDirectories: true)
        #expect(reason { _ = try store.load() } == "\(store.journal.fileURL.path): refused: it is a directory, not a regular file; move it away")
    }

    @Test func aSavedExamThatIsASymlinkLoopIsRefusedAndCanBeMovedAside() throws {
        let store = try store()
        _ = try recorded(1, in: store)
        let exams = ExamSnapshotStore(progressFile: store.fileURL)
        try FileManager.default.createSymbolicLink(atPath: exams.fileURL.path, withDestinationPath: exams.fileURL.path)
        #expect(reason { _ = try exams.load() }.contains("\(exams.fileURL.path): refused: it is a symbolic link"))
        let aside = try exams.setAside(at: Fixtures.start)
        #expect(try exams.load() == nil)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: aside.path) == exams.fileURL.path)
    }

    @Test func aProfilesFolderThatIsALinkOrAFileIsRefusedBeforeAnythingIsWrittenThere() throws {
        let store = try store()
        let folder = store.fileURL.deletingLastPathComponent()
        let elsewhere = try Fixtures.temporaryDirectory()
        try FileManager.default.createSymbolicLink(atPath: folder.path, withDestinationPath: elsewhere.path)
        var progress = ProgressFile(profile: "ada", createdAt: Fixtures.start)
        #expect(reason { try store.record([answer(1)], into: &progress) } == "\(folder.path): refused: it is a symbolic link, which srm-quiz does not follow in its data directory; move it away")
        #expect(reason { _ = try ProfileLock(progressFile: store.fileURL) }.hasPrefix("\(folder.path): refused: it is a symbolic link"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)

        try FileManager.default.removeItem(at: folder)
        try Data().write(to: folder)
        #expect(reason { _ = try store.load() } == "\(folder.path): refused: it is a file, not a directory; move it away")
    }

    // MARK: 2. Names that collide

    @Test func namesEndingInAProfileFilesSuffixAreRefused() {
        for name in ["bob.exam", "bob.journal", "bob.lock", "bob.json", "Bob.EXAM"] {
            #expect(throws: ProfileName.Invalid.self, "\(name)") { try ProfileName(name) }
        }
        #expect(reason { _ = try ProfileName("bob.exam") }.contains(#"it ends in ".exam", which srm-quiz keeps for a profile's own files (profile bob's)"#))
        for name in ["bob.examiner", "bob.exams", "exam", "bob-exam", "bob.json2"] {
            #expect(throws: Never.self, "\(name)") { try ProfileName(name) }
        }
    }

    @Test func anOldProfileNamedLikeASavedExamIsNeitherMovedAsideNorOverwritten() throws {
        let directory = try Fixtures.temporaryDirectory()
        let bob = ProgressStore(dataDirectory: directory, profile: try ProfileName("bob"))
        let oldProfile = ProgressStore(fileURL: bob.fileURL.deletingLastPathComponent().appendingPathComponent("bob.exam.json"))
        var progress = ProgressFile(profile: "bob.exam", createdAt: Fixtures.start)
        try oldProfile.record([answer(1)], into: &progress)
        let before = try Data(contentsOf: oldProfile.fileURL)

        let exams = ExamSnapshotStore(progressFile: bob.fileURL)
        #expect(exams.fileURL == oldProfile.fileURL)
        let refusal = reason { _ = try exams.load() }
        #expect(refusal.contains(#"it holds the progress of profile "bob.exam", not a saved exam"#), "\(refusal)")
        #expect(reason { try exams.remove() } == refusal)
        let snapshot = ExamSnapshot(ExamSession(id: "e1", settings: ExamSettings(seed: 1), items: [], startedAt: Fixtures.start))
        #expect(reason { try exams.save(snapshot) } == refusal)
        #expect(try Data(contentsOf: oldProfile.fileURL) == before)
    }

    // MARK: 3. A journal that is not what it should be

    @Test func aCompleteLastLineWithoutItsNewlineIsKeptAndTheNextLineStartsAfterIt() throws {
        let store = try store()
        _ = try recorded(3, in: store)
        let journal = try Data(contentsOf: store.journal.fileURL)
        try journal.dropLast().write(to: store.journal.fileURL)
        var loaded = try #require(try store.load())
        #expect(loaded.answers.map(\.questionId) == ["q.1", "q.2", "q.3"])
        try store.record([answer(4)], into: &loaded)
        #expect(try store.load()?.answers.map(\.questionId) == ["q.1", "q.2", "q.3", "q.4"])
        #expect(try journalLines(store).count == 4, "three lines and the empty end")
    }

    @Test func repeatedOrOutOfOrderLinesAreNotCountedAndAreCopiedAsideBeforeTheJournalIsEmptied() throws {
        let store = try store()
        let progress = try recorded(4, in: store)
        var lines = try journalLines(store)
        lines.insert(lines[1], at: 2)
        lines.insert(lines[0], at: 4)
        let journal = Data(lines.joined(separator: "\n").utf8)
        try journal.write(to: store.journal.fileURL)

        let reading = try store.read()
        #expect(reading.progress == progress)
        #expect(reading.journal.problems == [
            .init(line: 3, reason: "sequence 2 repeats line 2's 2"),
            .init(line: 5, reason: "sequence 1 comes before line 4's 3"),
        ])
        let read = try #require(reading.progress)
        let aside = try #require(try store.compact(read, at: Fixtures.start))
        #expect(try Data(contentsOf: aside) == journal, "the whole journal is kept, never erased")
        #expect(try Data(contentsOf: store.journal.fileURL).isEmpty)
        #expect(try store.load() == progress)
        #expect(aside.lastPathComponent == "ada.journal.set-aside-\(Int64(Fixtures.start.timeIntervalSince1970 * 1000))")
    }

    @Test func linesFromAnotherProfilesJournalOrNotEntriesAreReportedNotMerged() throws {
        let store = try store()
        let progress = try recorded(2, in: store)
        let other = try self.store("bob")
        var bobs = ProgressFile(profile: "bob", createdAt: Fixtures.start)
        for number in 10...13 { try other.record([answer(number)], into: &bobs) }
        let appended = try Data(contentsOf: store.journal.fileURL) + Data(contentsOf: other.journal.fileURL) + Data("not json\n".utf8)
        try appended.write(to: store.journal.fileURL)

        let reading = try store.read()
        #expect(reading.progress == progress)
        #expect(reading.journal.problemCount == 4)
        #expect(reading.journal.problems.first == .init(line: 2, reason: #"written for profile "bob", not "ada""#))
        #expect(reading.journal.problems.last?.reason.hasPrefix("not a journal entry") == true)
        #expect(reading.journal.summary?.hasPrefix("4 lines were not counted: line 2") == true)
    }

    @Test func aJournalOfBlankLinesIsStreamedAndCountsNothing() throws {
        let store = try store()
        let progress = try recorded(2, in: store)
        let handle = try FileHandle(forWritingTo: store.journal.fileURL)
        try handle.seekToEnd()
        let blank = Data(repeating: UInt8(ascii: "\n"), count: 1 << 20)
        for _ in 0..<8 { try handle.write(contentsOf: blank) }
        try handle.close()
        let reading = try store.read()
        #expect(reading.progress == progress)
        #expect(reading.journal.blankLines == 8 << 20)
        #expect(!reading.journal.needsSetAside)
    }

    @Test func aTornLastLineIsTheOnlyLineDropped() throws {
        let (entries, report) = ProgressJournal.read(Data(#"{"sequence":1}"#.utf8 + [UInt8(ascii: "\n")] + #"{"seque"#.utf8), profile: "ada")
        #expect(entries.map(\.sequence) == [1])
        #expect(report.droppedTornLine)
        #expect(!report.needsSetAside)
        let middle = ProgressJournal.read(Data(#"{"seque"#.utf8 + [UInt8(ascii: "\n")] + #"{"sequence":2}"#.utf8), profile: "ada")
        #expect(middle.entries.map(\.sequence) == [2])
        #expect(middle.report.problemCount == 1)
        #expect(!middle.report.droppedTornLine)
    }

    // MARK: 4. Numbers at the edges

    @Test func aJournalSequenceAtIntMaxIsRefusedNamingTheField() throws {
        let store = try store()
        let progress = try recorded(1, in: store)
        let text = try String(contentsOf: store.fileURL, encoding: .utf8)
            .replacingOccurrences(of: #""journalSequence" : \#(progress.journalSequence)"#, with: #""journalSequence" : 9223372036854775807"#)
        try Data(text.utf8).write(to: store.fileURL)
        let refusal = reason { _ = try store.load() }
        #expect(refusal.contains("\(store.fileURL.path): progress file is damaged (journalSequence: journalSequence 9223372036854775807 is outside 0 to 9007199254740992)"), "\(refusal)")

        var atLimit = ProgressFile(profile: "ada", createdAt: Fixtures.start)
        atLimit.journalSequence = ProgressLimits.sequences.upperBound
        #expect(reason { try store.record([answer(2)], into: &atLimit) }.contains("has reached its limit"))
    }

    @Test func secondsBeyondAnyAnswerAreRefusedInTheFileAndInTheJournal() throws {
        let store = try store()
        _ = try recorded(2, in: store)
        let text = try String(contentsOf: store.fileURL, encoding: .utf8).replacingOccurrences(of: #""seconds" : 1.5"#, with: #""seconds" : 1.7e308"#)
        try Data(text.utf8).write(to: store.fileURL.deletingLastPathComponent().appendingPathComponent("other.json"))
        let other = ProgressStore(fileURL: store.fileURL.deletingLastPathComponent().appendingPathComponent("other.json"))
        #expect(reason { _ = try other.load() }.contains("seconds 1.7e+308 is outside 0 to 1000000000"))

        let line = try journalLines(store)[0].replacingOccurrences(of: #""seconds":1.5"#, with: #""seconds":1e300"#)
        try Data((line + "\n").utf8).write(to: store.journal.fileURL)
        let reading = try store.read()
        #expect(reading.progress?.answers.count == 1)
        #expect(reading.journal.problems.first?.reason.contains("seconds 1e+300 is outside 0 to 1000000000") == true)
    }

    @Test func examRecordsAndSavedExamsOutOfRangeAreRefusedWithoutATrap() throws {
        let store = try store()
        _ = try recorded(1, in: store)
        let text = try String(contentsOf: store.fileURL, encoding: .utf8).replacingOccurrences(
            of: #""exams" : ["#,
            with: #""exams" : [{"id":"e","startedAt":"2027-01-15T08:00:00.000Z","finishedAt":"2027-01-15T08:00:00.000Z","questions":65,"correct":60,"scaledEstimate":900,"passed":true,"topics":[],"secondsUsed":9223372036854775807,"howEnded":"submitted"}"#
        )
        try Data(text.utf8).write(to: store.fileURL)
        #expect(reason { _ = try store.load() }.contains("exams[0].secondsUsed 9223372036854775807 is outside 0 to 1000000000"))

        let settings = ExamSettings(questionCount: 65, minutes: .max, seed: 1)
        #expect(settings.timeLimit > 0, "the time limit is computed without overflow")
    }

    // MARK: 10. Readers during compaction, leftovers

    @Test func aReaderThatOpenedTheJournalBeforeACompactionStillReadsAllOfIt() throws {
        let store = try store()
        let progress = try recorded(5, in: store)
        let fd = try #require(try store.journal.open())
        defer { close(fd) }
        try store.compact(progress)
        var seen: [Int] = []
        _ = try store.journal.scan(fd, profile: "ada") { seen.append($0.sequence) }
        #expect(seen == [1, 2, 3, 4])
    }

    @Test func readersRunningBesideCompactionsNeverSeeFewerAnswersThanBefore() async throws {
        let store = try store()
        let first = try recorded(1, in: store)
        let writer = Task.detached {
            var progress = first
            for number in 2...120 {
                try store.record([self.answer(number)], into: &progress)
                if number % 7 == 0 { try store.compact(progress) }
            }
        }
        var fewest = 0
        var regressions: [String] = []
        for _ in 0..<1_000_000 {
            let count = try store.load()?.answers.count ?? 0
            if count < fewest { regressions.append("\(count) after \(fewest)") }
            fewest = max(fewest, count)
            if count == 120 { break }
        }
        try await writer.value
        #expect(regressions.isEmpty)
    }

    @Test func leftoversOfInterruptedWritesAreRemovedAndNothingElse() throws {
        let store = try store()
        _ = try recorded(1, in: store)
        let folder = store.fileURL.deletingLastPathComponent()
        let leftovers = [".ada.json.tmp-Ab12Cd", ".ada.journal.tmp-xyz789", ".ada.exam.json.tmp-000000"]
        let kept = [".bob.json.tmp-Ab12Cd", ".ada.json.tmp-toolong1", "ada.journal.set-aside-1"]
        for name in leftovers + kept { try Data("x".utf8).write(to: folder.appendingPathComponent(name)) }
        #expect(Set(store.removeLeftovers().map { URL(fileURLWithPath: $0).lastPathComponent }) == Set(leftovers))
        let remaining = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(remaining == Set(kept + ["ada.json"]))
    }
}
