import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

@Suite struct ProgressStoreTests {
    func sampleProgress() -> ProgressFile {
        var progress = ProgressFile(profile: "ada", createdAt: Fixtures.start)
        progress.record(AnswerRecord(
            questionId: "t.single", topic: "basics", chosen: [0], correct: true, seconds: 3.25,
            answeredAt: Fixtures.at(10.123), session: "s1", mode: "practice"
        ))
        progress.record(AnswerRecord(
            questionId: "t.single", topic: "basics", chosen: [1], correct: false, seconds: 1.5,
            answeredAt: Fixtures.at(20.5), session: "s1", mode: "practice"
        ))
        return progress
    }

    func store() throws -> ProgressStore {
        ProgressStore(dataDirectory: try Fixtures.temporaryDirectory(), profile: try ProfileName("ada"))
    }

    func permissions(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test func aMissingFileMeansNoProgressYet() throws {
        #expect(try store().load() == nil)
    }

    @Test func roundTripKeepsEveryAnswerAndTheAggregates() throws {
        let store = try store()
        let progress = sampleProgress()
        try store.save(progress)
        let loaded = try #require(try store.load())
        #expect(loaded == progress)
        #expect(loaded.questions["t.single"]?.attempts == 2)
        #expect(loaded.questions["t.single"]?.correct == 1)
        #expect(loaded.questions["t.single"]?.lastCorrect == false)
        #expect(loaded.totals.overall == ProgressTotals.Tally(answered: 2, correct: 1))
    }

    @Test func theFileNamesItsFormatAndVersionAndDatesAreReadable() throws {
        let store = try store()
        try store.save(sampleProgress())
        let text = try String(contentsOf: store.fileURL, encoding: .utf8)
        #expect(text.contains(#""format" : "srm-quiz-progress""#))
        #expect(text.contains(#""schemaVersion" : \#(ProgressFile.currentSchemaVersion)"#))
        #expect(text.contains(#""answeredAt" : "2027-01-15T08:00:10.123Z""#))
    }

    @Test func aLongHistoryIsReadInOrderAndABrokenAnswerIsNamedByItsPlace() throws {
        var progress = ProgressFile(profile: "ada", createdAt: Fixtures.start)
        for number in 0..<10_000 {
            progress.record(AnswerRecord(
                questionId: number == 7_777 ? "BROKEN" : "q\(number)", topic: "basics", chosen: [number % 3], correct: number % 2 == 0,
                seconds: 1, answeredAt: Fixtures.at(Double(number)), session: "s", mode: "practice"
            ))
        }
        let data = try ProgressStore.encode(progress)
        #expect(try ProgressStore.read(data, path: "long") == progress)
        let broken = Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: #""questionId" : "BROKEN""#, with: #""questionId" : 7"#).utf8)
        let error = try #require(throws: ProgressError.self) { try ProgressStore.read(broken, path: "long") }
        guard case .corrupt(_, let reason) = error else {
            Issue.record("\(error)")
            return
        }
        #expect(reason.hasPrefix("answers[7777].questionId: "), "\(reason)")
    }

    @Test func aMissingDirectoryIsCreatedPrivately() throws {
        let root = try Fixtures.temporaryDirectory().appendingPathComponent("deeper/still")
        let store = ProgressStore(dataDirectory: root, profile: try ProfileName("ada"))
        try store.save(sampleProgress())
        #expect(try permissions(store.fileURL.path) == 0o600)
        #expect(try permissions(store.fileURL.deletingLastPathComponent().path) == 0o700)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: store.fileURL.deletingLastPathComponent().path)
        #expect(leftovers == ["ada.json"])
    }

    @Test func aTruncatedFileIsReportedAndLeftUntouched() throws {
        let store = try store()
        try store.save(sampleProgress())
        let full = try Data(contentsOf: store.fileURL)
        let cut = full.prefix(full.count / 2)
        try cut.write(to: store.fileURL)
        #expect(throws: ProgressError.corrupt(path: store.fileURL.path, reason: "not complete JSON, perhaps cut short")) {
            try store.load()
        }
        #expect(try Data(contentsOf: store.fileURL) == cut)
    }

    @Test func anEmptyFileIsDamaged() throws {
        let store = try store()
        try FileManager.default.createDirectory(at: store.fileURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data().write(to: store.fileURL)
        #expect(throws: ProgressError.corrupt(path: store.fileURL.path, reason: "the file is empty")) { try store.load() }
    }

    @Test func aNewerSchemaVersionIsRefused() throws {
        let store = try store()
        try store.save(sampleProgress())
        let text = try String(contentsOf: store.fileURL, encoding: .utf8)
            .replacingOccurrences(of: #""schemaVersion" : \#(ProgressFile.currentSchemaVersion)"#, with: #""schemaVersion" : 7"#)
        try Data(text.utf8).write(to: store.fileURL)
        let error = #expect(throws: ProgressError.self) { try store.load() }
        #expect(error == .newerSchema(path: store.fileURL.path, found: 7, supported: ProgressFile.currentSchemaVersion))
        #expect(error?.description.contains("written by a newer srm-quiz") == true)
    }

    /// A file written by srm-quiz 0.1 (schema 1, as the README of that version describes it).
    @Test func aSchemaVersion1FileIsMigratedAndLeftAsItWasUntilTheNextSave() throws {
        let store = try store()
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/progress/schema-1.json")
        try FileManager.default.createDirectory(at: store.fileURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        let original = try Data(contentsOf: fixture)
        try original.write(to: store.fileURL)
        let loaded = try #require(try store.load())
        #expect(loaded.schemaVersion == ProgressFile.currentSchemaVersion)
        #expect(loaded.answers.map(\.questionId) == ["owner.ec2.guest-os-patching"])
        #expect(loaded.answers.first?.confidence == nil)
        #expect(loaded.questions["owner.ec2.guest-os-patching"]?.attempts == 1)
        #expect(loaded.exams == [])
        #expect(try Data(contentsOf: store.fileURL) == original)
        try store.save(loaded)
        #expect(try store.load() == loaded)
    }

    @Test func aSchemaVersion0IsNotOurs() throws {
        let store = try store()
        try FileManager.default.createDirectory(at: store.fileURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(#"{"format": "srm-quiz-progress", "schemaVersion": 0}"#.utf8).write(to: store.fileURL)
        #expect(throws: ProgressError.corrupt(path: store.fileURL.path, reason: "schemaVersion 0 was never written by srm-quiz")) {
            try store.load()
        }
    }

    @Test func anotherProgramsJSONIsNotOurs() throws {
        let store = try store()
        try FileManager.default.createDirectory(at: store.fileURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(#"{"name": "package.json", "version": "1.0.0"}"#.utf8).write(to: store.fileURL)
        #expect(throws: ProgressError.foreign(path: store.fileURL.path, reason: #"it has no "format": "srm-quiz-progress" field"#)) {
            try store.load()
        }
        try Data("[1, 2, 3]".utf8).write(to: store.fileURL)
        #expect(throws: ProgressError.foreign(path: store.fileURL.path, reason: "the top level is not a JSON object")) {
            try store.load()
        }
    }

    @Test func aDamagedFieldIsNamed() throws {
        let store = try store()
        try store.save(sampleProgress())
        let text = try String(contentsOf: store.fileURL, encoding: .utf8)
            .replacingOccurrences(of: #""correct" : true"#, with: #""correct" : "yes""#)
        try Data(text.utf8).write(to: store.fileURL)
        let error = #expect(throws: ProgressError.self) { try store.load() }
        guard case let .corrupt(_, reason)? = error else {
            Issue.record("expected a corrupt-file error, got \(String(describing: error))")
            return
        }
        #expect(reason.hasPrefix("answers[0].correct"))
    }

    @Test func anUnwritableDirectoryIsAnIOErrorNamingIt() throws {
        let root = try Fixtures.temporaryDirectory()
        try Data("not a folder".utf8).write(to: root.appendingPathComponent("profiles"))
        let store = ProgressStore(dataDirectory: root, profile: try ProfileName("ada"))
        let error = #expect(throws: ProgressError.self) { try store.save(sampleProgress()) }
        #expect(error?.isBadData == false)
        #expect(error?.description == root.appendingPathComponent("profiles").path + ": refused: it is a file, not a directory; move it away")
    }

    @Test func aFailedReplaceLeavesTheOldFileAndNoTemporaryFile() throws {
        let store = try store()
        try store.save(sampleProgress())
        let target = store.fileURL.path
        try FileManager.default.removeItem(atPath: target)
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
        try Data("keep".utf8).write(to: store.fileURL.appendingPathComponent("inside"))
        let error = #expect(throws: ProgressError.self) { try store.save(sampleProgress()) }
        #expect(error?.description.contains("cannot replace") == true)
        let entries = try FileManager.default.contentsOfDirectory(atPath: store.fileURL.deletingLastPathComponent().path)
        #expect(entries == ["ada.json"])
        #expect(try String(contentsOf: store.fileURL.appendingPathComponent("inside"), encoding: .utf8) == "keep")
    }
}

@Suite struct ProgressDateTests {
    @Test(arguments: ["2026-11-23T08:00:03.783Z", "2027-01-15T08:00:10.123Z", "1969-12-31T23:59:59.999Z", "2026-01-01T00:00:00.000Z", "2026-05-05T05:05:05.001Z"])
    func datesSurviveAnyNumberOfRoundTrips(text: String) throws {
        var current = text
        for _ in 0..<5 {
            let data = try ProgressCoding.encoder().encode([try ProgressCoding.decoder().decode([Date].self, from: Data("[\"\(current)\"]".utf8))[0]])
            current = try JSONDecoder().decode([String].self, from: data)[0]
        }
        #expect(current == text)
    }
}

@Suite struct ISODateTests {
    @Test func arithmeticMatchesFoundationOverFourCenturies() throws {
        let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<5_000 {
            let milliseconds = Int64(generator.next() % 12_600_000_000_000) - 2_208_988_800_000
            let date = Date(timeIntervalSince1970: Double(milliseconds) / 1000)
            let text = ISODate.text(date)
            #expect(Int64((try style.parse(text).timeIntervalSince1970 * 1000).rounded()) == milliseconds, "\(text)")
            #expect(ISODate.date(text).map { Int64(($0.timeIntervalSince1970 * 1000).rounded()) } == milliseconds, "\(text)")
        }
        #expect(ISODate.date("2026-11-22T09:05:12Z") == nil)
        #expect(ISODate.date("2026-13-22T09:05:12.345Z") == nil)
        #expect(ISODate.date("2026-11-22T09:05:1x.345Z") == nil)
    }
}
