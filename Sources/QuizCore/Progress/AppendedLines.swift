import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file of lines that only grows, written the journal's way: opened without following links, a torn last line
/// (a write a kill cut short) cut off before the next append, and every append synced to disk before it returns.
/// The journal and the outbox's files are kept this way.
struct AppendedLines: Sendable {
    let fileURL: URL
    /// Whether a last line found without its newline is whole (it gets its newline) rather than torn (it is cut off).
    let isWhole: @Sendable (Data) -> Bool

    /// Appends `lines` (each ending in a newline) in one write and syncs them to disk.
    func append(_ lines: Data) throws(ProgressError) {
        let fd = try DataFile.openForWriting(fileURL.path, appending: true)
        defer { close(fd) }
        try endLastLine(fd)
        try writeAll(lines, to: fd)
        guard fsync(fd) == 0 else { throw .io(path: fileURL.path, reason: "cannot sync to disk: \(AtomicFile.lastError())") }
    }

    /// Each line of the file (without its newline) from the start, and whether it ended in a newline; empty lines
    /// are skipped. A line longer than `ProgressLimits.journalLineBytes` is handed over cut to that length.
    func forEachLine(_ body: (Data, _ terminated: Bool) -> Void) throws(ProgressError) {
        guard let fd = try DataFile.openForReading(fileURL.path) else { return }
        defer { close(fd) }
        var line = Data()
        try DataFile.forEachChunk(fd, path: fileURL.path) { bytes in
            var start = 0
            while start < bytes.count {
                guard let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else {
                    if line.count < ProgressLimits.journalLineBytes { line.append(contentsOf: bytes[start...]) }
                    return
                }
                if line.count < ProgressLimits.journalLineBytes { line.append(contentsOf: bytes[start..<newline]) }
                if !line.isEmpty { body(line, true) }
                line.removeAll(keepingCapacity: true)
                start = newline + 1
            }
        }
        if !line.isEmpty { body(line, false) }
    }

    /// A last line without its newline is either whole (it gets its newline) or torn by a kill (it is cut off), so
    /// the next line starts clean.
    private func endLastLine(_ fd: Int32) throws(ProgressError) {
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw .io(path: fileURL.path, reason: "cannot read its size: \(AtomicFile.lastError())") }
        let size = Int(status.st_size)
        guard size > 0 else { return }
        var last: UInt8 = 0
        guard pread(fd, &last, 1, off_t(size - 1)) == 1 else { throw .io(path: fileURL.path, reason: "cannot read: \(AtomicFile.lastError())") }
        guard last != UInt8(ascii: "\n") else { return }
        let tailStart = try startOfLastLine(fd, size: size)
        let tailLength = size - tailStart
        if tailLength <= ProgressLimits.journalLineBytes {
            var tail = [UInt8](repeating: 0, count: tailLength)
            let read = tail.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, tailLength, off_t(tailStart)) }
            if read == tailLength, isWhole(Data(tail)) {
                try writeAll(Data("\n".utf8), to: fd)
                return
            }
        }
        guard ftruncate(fd, off_t(tailStart)) == 0 else { throw .io(path: fileURL.path, reason: "cannot cut a torn line: \(AtomicFile.lastError())") }
    }

    /// Where the last line starts: just after the last newline, found reading backwards a block at a time.
    private func startOfLastLine(_ fd: Int32, size: Int) throws(ProgressError) -> Int {
        var end = size
        var block = [UInt8](repeating: 0, count: 1 << 16)
        while end > 0 {
            let start = max(0, end - block.count)
            let length = end - start
            let read = block.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, length, off_t(start)) }
            guard read == length else { throw .io(path: fileURL.path, reason: "cannot read: \(AtomicFile.lastError())") }
            if let newline = block[0..<length].lastIndex(of: UInt8(ascii: "\n")) { return start + newline + 1 }
            end = start
        }
        return 0
    }

    private func writeAll(_ data: Data, to fd: Int32) throws(ProgressError) {
        do {
            try AtomicFile.writeAll(data, to: fd, path: fileURL.path)
        } catch {
            throw .io(path: error.path, reason: error.reason)
        }
    }
}
