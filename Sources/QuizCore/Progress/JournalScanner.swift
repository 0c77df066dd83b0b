import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a journal's bytes as they come, in memory bounded by one line (`ProgressLimits.journalLineBytes`)
/// whatever the file holds, and hands over each entry that belongs: numbered after the line before it and written
/// for this profile. Every other line is reported, never counted; only a last line that has no newline and is not an
/// entry (a save a kill cut short) is dropped.
struct JournalScanner {
    let profile: String
    private(set) var report = JournalReport()
    private let accept: (JournalEntry) -> Void
    private let decoder = ProgressCoding.decoder()
    private var line: [UInt8] = []
    private var pending = false
    private var overlong = false
    private var lineNumber = 0
    private var entries = 0
    private var lastSequence: (value: Int, line: Int)?

    init(profile: String, accept: @escaping (JournalEntry) -> Void) {
        self.profile = profile
        self.accept = accept
    }

    mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress else { return }
        var start = 0
        while start < bytes.count {
            if !pending {
                let blank = skipNewlines(base + start, count: bytes.count - start)
                lineNumber += blank
                report.blankLines += blank
                start += blank
                if start == bytes.count { return }
            }
            guard let newline = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start) else {
                collect(UnsafeRawBufferPointer(rebasing: bytes[start...]))
                return
            }
            let end = base.distance(to: UnsafeRawPointer(newline))
            collect(UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
            endLine(terminated: true)
            start = end + 1
        }
    }

    /// How many newlines `bytes` starts with: a run of empty lines, counted without reading them one by one.
    private func skipNewlines(_ bytes: UnsafeRawPointer, count: Int) -> Int {
        let newline = UInt8(ascii: "\n")
        let typed = bytes.assumingMemoryBound(to: UInt8.self)
        var skipped = 0
        while skipped < count && typed[skipped] == newline { skipped += 1 }
        return skipped
    }

    /// The end of the file: a last line without its newline is read as any other, or dropped if it is torn.
    mutating func finish() {
        if pending { endLine(terminated: false) }
    }

    private mutating func collect(_ bytes: UnsafeRawBufferPointer) {
        guard !bytes.isEmpty else { return }
        pending = true
        guard !overlong else { return }
        guard line.count + bytes.count <= ProgressLimits.journalLineBytes else {
            overlong = true
            line = []
            return
        }
        line.append(contentsOf: bytes)
    }

    private mutating func endLine(terminated: Bool) {
        lineNumber += 1
        defer {
            line.removeAll(keepingCapacity: line.count <= 1 << 16)
            overlong = false
            pending = false
        }
        if overlong {
            report.add(line: lineNumber, "longer than \(ProgressLimits.journalLineBytes) bytes, which srm-quiz never writes")
            return
        }
        if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }) {
            report.blankLines += 1
            return
        }
        entries += 1
        guard entries <= ProgressLimits.journalEntries else {
            report.add(line: lineNumber, "beyond the \(ProgressLimits.journalEntries) entries a journal may hold")
            return
        }
        let entry: JournalEntry
        do {
            entry = try decoder.decode(JournalEntry.self, from: Data(line))
        } catch {
            if terminated {
                report.add(line: lineNumber, "not a journal entry: \(ProgressStore.describe(error))")
            } else {
                report.droppedTornLine = true
            }
            return
        }
        if let written = entry.profile, written != profile {
            report.add(line: lineNumber, "written for profile \(written.debugDescription), not \(profile.debugDescription)")
            return
        }
        if let last = lastSequence, entry.sequence <= last.value {
            let relation = entry.sequence == last.value ? "repeats" : "comes before"
            report.add(line: lineNumber, "sequence \(entry.sequence) \(relation) line \(last.line)'s \(last.value)")
            return
        }
        lastSequence = (entry.sequence, lineNumber)
        accept(entry)
    }
}
