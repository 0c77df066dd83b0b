import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads and writes one profile's progress: a snapshot (`PROFILE.json`, replaced atomically) and the journal of
/// saves since (`PROFILE.journal`, appended), never overwriting a file it could not read.
public struct ProgressStore: Sendable {
    public let fileURL: URL

    var journal: ProgressJournal {
        ProgressJournal(progressFile: fileURL)
    }

    public init(fileURL: URL) {
        self.fileURL = fileURL
    }

    public init(dataDirectory: URL, profile: ProfileName) {
        self.init(fileURL: dataDirectory.appendingPathComponent("profiles").appendingPathComponent("\(profile.value).json"))
    }

    /// The saved progress, journal included, or nil when the profile has none yet.
    public func load() throws(ProgressError) -> ProgressFile? {
        try read().progress
    }

    /// The saved progress with its journal folded in, and what the journal held that was not counted. The journal
    /// is opened before the snapshot: a compaction by another srm-quiz replaces the snapshot before the journal, so
    /// the two read are either both old, both new, or the new snapshot with the old journal (whose entries it holds).
    public func read() throws(ProgressError) -> ProgressReading {
        let (progress, report) = try read(decode: Self.decode, profile: \.profile) { progress, entry in entry.apply(to: &progress) }
        return ProgressReading(progress: progress, journal: report)
    }

    /// The snapshot as `decode` reads it with the journal's entries folded in by `fold`, as `read()` describes.
    func read<Snapshot>(
        decode: (Data, String) throws(ProgressError) -> Snapshot, profile: (Snapshot) -> String,
        fold: @escaping (inout Snapshot, JournalEntry) -> Void
    ) throws(ProgressError) -> (progress: Snapshot?, journal: JournalReport) {
        try DataFile.checkDirectory(fileURL.deletingLastPathComponent().path)
        let journalFD = try journal.open()
        defer { if let journalFD { close(journalFD) } }
        let snapshot = try loadSnapshot(decode)
        guard let snapshot else {
            guard let journalFD else { return (nil, JournalReport()) }
            var entries = 0
            let report = try journal.scan(journalFD, profile: fileURL.deletingPathExtension().lastPathComponent) { _ in entries += 1 }
            if entries == 0 && !report.needsSetAside { return (nil, report) }
            throw .corrupt(path: journal.fileURL.path, reason: "a journal without its progress file \(fileURL.lastPathComponent)")
        }
        guard let journalFD else { return (snapshot, JournalReport()) }
        var folded = snapshot
        let report = try journal.scan(journalFD, profile: profile(snapshot)) { fold(&folded, $0) }
        return (folded, report)
    }

    /// Adds `changes` to `progress` and makes them durable: the first save writes the whole file, every later one
    /// appends one synced journal line, whatever the length of the history.
    public func record(_ changes: [ProgressChange], into progress: inout ProgressFile) throws(ProgressError) {
        guard progress.journalSequence < ProgressLimits.sequences.upperBound else {
            throw .corrupt(path: fileURL.path, reason: "journalSequence \(progress.journalSequence) has reached its limit")
        }
        for change in changes { progress.apply(change) }
        guard DataFile.exists(fileURL.path) else {
            try save(progress)
            return
        }
        let entry = JournalEntry(sequence: progress.journalSequence + 1, profile: progress.profile, changes: changes)
        try journal.append(entry)
        progress.journalSequence = entry.sequence
    }

    /// Folds the journal into the snapshot: the snapshot is replaced first, then the journal, so a crash between
    /// the two only leaves entries the snapshot already holds (and skips on reading). A journal holding lines that
    /// were not counted is first copied whole to `PROFILE.journal.set-aside-TIMESTAMP`, whose path is returned.
    @discardableResult
    public func compact(_ progress: ProgressFile, at now: Date = Date()) throws(ProgressError) -> URL? {
        guard let fd = try journal.open() else { return nil }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0, status.st_size > 0 else { return nil }
        let report = try journal.scan(fd, profile: progress.profile) { _ in }
        let aside = try report.needsSetAside ? journal.copyAside(fd, at: now) : nil
        try save(progress)
        try journal.clear()
        return aside
    }

    /// Removes what writes killed before their rename left behind (`.PROFILE.json.tmp-*` and the like); call it
    /// only while holding the profile's lock, as only the holder writes them. Returns the paths removed.
    @discardableResult
    public func removeLeftovers() -> [String] {
        let directory = fileURL.deletingLastPathComponent()
        let targets = [fileURL, journal.fileURL, ExamSnapshotStore(progressFile: fileURL).fileURL, Outbox(progressFile: fileURL).queueURL].map { ".\($0.lastPathComponent).tmp-" }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        var removed: [String] = []
        for name in names where targets.contains(where: { name.hasPrefix($0) && name.count == $0.count + 6 }) {
            let path = directory.appendingPathComponent(name).path
            if unlink(path) == 0 { removed.append(path) }
        }
        return removed
    }

    private func loadSnapshot<Snapshot>(_ decode: (Data, String) throws(ProgressError) -> Snapshot) throws(ProgressError) -> Snapshot? {
        let path = fileURL.path
        guard let fd = try DataFile.openForReading(path) else { return nil }
        defer { close(fd) }
        return try decode(try DataFile.readAll(fd, path: path), path)
    }

    /// Writes `progress` atomically, creating the directory (mode 0700) if needed; the file is mode 0600.
    public func save(_ progress: ProgressFile) throws(ProgressError) {
        try DataFile.prepareDirectory(fileURL.deletingLastPathComponent())
        let data: Data
        do {
            data = try ProgressCoding.encoder().encode(progress)
        } catch {
            throw .io(path: fileURL.path, reason: "cannot encode progress: \(error)")
        }
        do {
            try AtomicFile.write(data, to: fileURL)
        } catch {
            throw .io(path: error.path, reason: error.reason)
        }
    }

    /// A progress file's bytes as progress, or why they are not (`path` names them in the reason).
    public static func read(_ data: Data, path: String) throws(ProgressError) -> ProgressFile {
        try decode(data, path: path)
    }

    /// The bytes `save` writes for `progress`.
    public static func encode(_ progress: ProgressFile) throws -> Data {
        try ProgressCoding.encoder().encode(progress)
    }

    /// A file written the usual way is read straight from its bytes (`PlainProgressReader`); any other, and any with a
    /// problem, through the JSON tree (`decodeTree`), which reads every form and names what is wrong.
    static func decode(_ data: Data, path: String) throws(ProgressError) -> ProgressFile {
        if let progress = PlainProgressReader.read(data) { return progress }
        return try decodeTree(data, path: path)
    }

    /// The answers, by far the longest list, are set aside as the parser streams them and read on every core. Open to
    /// the fuzzer, which holds `decode` to it.
    @_spi(Fuzzing) public static func decodeTree(_ data: Data, path: String) throws(ProgressError) -> ProgressFile {
        let decoder = ProgressCoding.decoder()
        var answerValues: [JSONValue] = []
        let document: JSONValue
        do {
            document = try JSONParser.parse(data, streaming: "answers") { element, _ in answerValues.append(element) }
        } catch {
            if data.isEmpty { throw .corrupt(path: path, reason: "the file is empty") }
            throw .corrupt(path: path, reason: error.truncated ? "not complete JSON, perhaps cut short" : error.message)
        }
        guard case .object(let header) = document else {
            throw .foreign(path: path, reason: "the top level is not a JSON object")
        }
        guard case .string(ProgressFile.formatName)? = header["format"] else {
            throw .foreign(path: path, reason: "it has no \"format\": \"\(ProgressFile.formatName)\" field")
        }
        guard case .integer(let version)? = header["schemaVersion"] else {
            throw .corrupt(path: path, reason: "schemaVersion is missing or not a whole number")
        }
        if version > ProgressFile.currentSchemaVersion {
            throw .newerSchema(path: path, found: Int(clamping: version), supported: ProgressFile.currentSchemaVersion)
        }
        do {
            if version == ProgressFile.currentSchemaVersion {
                var progress = try decoder.decode(ProgressFile.self, from: document)
                progress.answers = try answers(answerValues, decoder: decoder)
                return progress
            }
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
            let migrated = try ProgressMigration.migrate(object, from: Int(version))
            return try ProgressCoding.decoder().decode(ProgressFile.self, from: migrated)
        } catch let error as ProgressMigration.Failure {
            throw .corrupt(path: path, reason: error.reason)
        } catch let error as DecodingError {
            throw .corrupt(path: path, reason: Self.describe(error))
        } catch {
            throw .corrupt(path: path, reason: "\(error)")
        }
    }

    /// The answers read in as many runs as there are cores, kept in order; the first that cannot be read throws.
    private static func answers(_ values: [JSONValue], decoder: JSONTreeDecoder) throws -> [AnswerRecord] {
        nonisolated(unsafe) let list = decoder.streamedList("answers")
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let runLength = max(4_096, (values.count + cores - 1) / cores)
        let runs = stride(from: 0, to: values.count, by: runLength).map { $0..<min(values.count, $0 + runLength) }
        let read = runs.concurrentMap { run -> Result<[AnswerRecord], any Error> in
            Result {
                try run.map { position in
                    var fields = try JSONFields(values[position], parent: list, key: JSONIndexKey(position))
                    return try AnswerRecord(json: &fields)
                }
            }
        }
        var answers: [AnswerRecord] = []
        answers.reserveCapacity(values.count)
        for run in read { answers += try run.get() }
        return answers
    }

    /// A reading error as one line, naming the field where the decoder says.
    static func describe(_ error: any Error) -> String {
        if let error = error as? DecodingError { return describe(error) }
        return "\(error)"
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            "\(JSONDecodingFailure.path(context.codingPath + [key])) is missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            "\(JSONDecodingFailure.path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            "\(error)"
        }
    }
}

/// A profile's progress as read, with what its journal held that was not counted.
public struct ProgressReading: Sendable {
    public var progress: ProgressFile?
    public var journal: JournalReport
}

extension ProgressStore {
    /// A journal's bytes folded into `progress` as loading does, with what was not counted (for the fuzzer and tests).
    public static func fold(journal data: Data, into progress: ProgressFile) -> (progress: ProgressFile, report: JournalReport) {
        var folded = progress
        let (entries, report) = ProgressJournal.read(data, profile: progress.profile)
        for entry in entries { entry.apply(to: &folded) }
        return (folded, report)
    }
}
