import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The append-only journal beside a progress file (`PROFILE.journal`): one JSON line per save, synced to disk
/// before the save returns, so saving an answer costs the same however long the history is. A line cut short
/// by a kill is the save that never finished: it is ignored on reading and cut off before the next append.
struct ProgressJournal: Sendable {
    let fileURL: URL

    init(progressFile: URL) {
        fileURL = progressFile.deletingPathExtension().appendingPathExtension("journal")
    }

    /// Every complete entry, oldest first; none when there is no journal.
    func entries() throws(ProgressError) -> [JournalEntry] {
        let path = fileURL.path
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        let data: Data
        do {
            data = try Data(contentsOf: fileURL)
        } catch {
            throw .io(path: path, reason: "cannot read: \(FileReadFailure.reason(error))")
        }
        var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        lines.removeLast()
        let decoder = ProgressCoding.decoder()
        var entries: [JournalEntry] = []
        for (index, line) in lines.enumerated() {
            do {
                entries.append(try decoder.decode(JournalEntry.self, from: Data(line)))
            } catch {
                throw .corrupt(path: path, reason: "line \(index + 1) is not a journal entry")
            }
        }
        return entries
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
        let fd = open(fileURL.path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .io(path: fileURL.path, reason: "cannot open: \(AtomicFile.lastError())") }
        defer { close(fd) }
        try cutTornTail(fd)
        try writeAll(line, to: fd)
        guard fsync(fd) == 0 else { throw .io(path: fileURL.path, reason: "cannot sync to disk: \(AtomicFile.lastError())") }
    }

    /// Empties the journal once a snapshot holds everything in it.
    func clear() throws(ProgressError) {
        let fd = open(fileURL.path, O_WRONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return }
            throw .io(path: fileURL.path, reason: "cannot open: \(AtomicFile.lastError())")
        }
        defer { close(fd) }
        guard ftruncate(fd, 0) == 0, fsync(fd) == 0 else {
            throw .io(path: fileURL.path, reason: "cannot empty: \(AtomicFile.lastError())")
        }
    }

    /// A last line without its newline is a save a kill cut short: drop it so the next line starts clean.
    private func cutTornTail(_ fd: Int32) throws(ProgressError) {
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw .io(path: fileURL.path, reason: "cannot read its size: \(AtomicFile.lastError())") }
        let size = Int(status.st_size)
        guard size > 0 else { return }
        var last: UInt8 = 0
        guard pread(fd, &last, 1, off_t(size - 1)) == 1 else { throw .io(path: fileURL.path, reason: "cannot read: \(AtomicFile.lastError())") }
        guard last != UInt8(ascii: "\n") else { return }
        let contents = (try? Data(contentsOf: fileURL)) ?? Data()
        let keep = contents.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        guard ftruncate(fd, off_t(keep)) == 0 else { throw .io(path: fileURL.path, reason: "cannot cut a torn line: \(AtomicFile.lastError())") }
    }

    private func writeAll(_ data: Data, to fd: Int32) throws(ProgressError) {
        let failure: ProgressError? = data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return .io(path: fileURL.path, reason: "cannot write: \(AtomicFile.lastError())")
                }
                offset += written
            }
            return nil
        }
        if let failure { throw failure }
    }
}
