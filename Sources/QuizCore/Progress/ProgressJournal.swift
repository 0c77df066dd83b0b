import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The append-only journal beside a progress file (`PROFILE.journal`): one JSON line per save, synced to disk
/// before the save returns, so saving an answer costs the same however long the history is. A line cut short
/// by a kill is the save that never finished: it is ignored on reading and cut off before the next append. Lines
/// that are not what srm-quiz writes there are reported and copied aside before the journal is emptied.
struct ProgressJournal: Sendable {
    let fileURL: URL

    init(progressFile: URL) {
        fileURL = progressFile.deletingPathExtension().appendingPathExtension("journal")
    }

    /// The journal opened for reading (links not followed), or nil when there is none.
    func open() throws(ProgressError) -> Int32? {
        try DataFile.openForReading(fileURL.path)
    }

    /// Streams the journal open at `fd` from its start, handing over each entry that belongs to `profile`.
    func scan(_ fd: Int32, profile: String, accept: @escaping (JournalEntry) -> Void) throws(ProgressError) -> JournalReport {
        var scanner = JournalScanner(profile: profile, accept: accept)
        try DataFile.forEachChunk(fd, path: fileURL.path) { scanner.feed($0) }
        scanner.finish()
        return scanner.report
    }

    /// Every entry of a journal held in memory that belongs to `profile`, and what else was found (for tests and the fuzzer).
    static func read(_ data: Data, profile: String) -> (entries: [JournalEntry], report: JournalReport) {
        var entries: [JournalEntry] = []
        var scanner = JournalScanner(profile: profile) { entries.append($0) }
        data.withUnsafeBytes { scanner.feed($0) }
        scanner.finish()
        return (entries, scanner.report)
    }

    /// Appends one entry as one line and syncs it to disk.
    func append(_ entry: JournalEntry) throws(ProgressError) {
        let line: Data
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = ProgressCoding.encoder().dateEncodingStrategy
            line = try encoder.encode(entry) + Data("\n".utf8)
        } catch {
            throw .io(path: fileURL.path, reason: "cannot encode the journal entry: \(error)")
        }
        try AppendedLines(fileURL: fileURL) { (try? ProgressCoding.decoder().decode(JournalEntry.self, from: $0)) != nil }.append(line)
    }

    /// Empties the journal once a snapshot holds everything in it, by replacing it with an empty file: a reader
    /// that opened the old journal still reads all of it.
    func clear() throws(ProgressError) {
        guard DataFile.exists(fileURL.path) else { return }
        do {
            try AtomicFile.write(Data(), to: fileURL)
        } catch {
            throw .io(path: error.path, reason: error.reason)
        }
    }

    /// Copies the journal open at `fd`, whole, to a new file `PROFILE.journal.set-aside-TIMESTAMP` (mode 0600),
    /// synced, and returns where it went.
    func copyAside(_ fd: Int32, at now: Date) throws(ProgressError) -> URL {
        let stamp = Int64((now.timeIntervalSince1970 * 1000).rounded())
        let aside = fileURL.appendingPathExtension("set-aside-\(stamp)")
        let out = Glibc.open(aside.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard out >= 0 else { throw .io(path: aside.path, reason: "cannot create a copy of the journal to keep aside: \(AtomicFile.lastError())") }
        defer { close(out) }
        try DataFile.forEachChunk(fd, path: fileURL.path) { bytes throws(ProgressError) in
            do throws(AtomicFile.Failure) {
                try AtomicFile.writeAll(Data(bytes), to: out, path: aside.path)
            } catch {
                throw .io(path: error.path, reason: error.reason)
            }
        }
        guard fsync(out) == 0 else { throw .io(path: aside.path, reason: "cannot sync to disk: \(AtomicFile.lastError())") }
        return aside
    }
}
