import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The statements waiting for the learning record store, kept beside the journal with the same guarantees:
/// `PROFILE.outbox` holds each statement queued as one line (`{"id":…,"statement":…}`), appended and synced when
/// its record is saved, frozen from then on; `PROFILE.outbox-sent` lists the ids the LRS confirmed (with when);
/// `PROFILE.outbox-refused` the ids it holds differently, with its reason. A statement is pending while its id is
/// in neither list. A kill at any moment loses nothing (the outbox line is synced before anything else) and sends
/// nothing twice as a different record: a statement resent after a kill between the LRS's answer and the sent line
/// carries the same id and body, which an LRS stores once. The outbox is emptied only once every line in it is
/// sent or refused.
public struct Outbox: Sendable {
    /// Held while the queue file is appended to or emptied, so that the app's background sync never empties a
    /// queue the main loop has just added to.
    private static let queueWriting = Mutex(())

    public let queueURL: URL
    public let sentURL: URL
    public let refusedURL: URL

    public init(progressFile: URL) {
        let base = progressFile.deletingPathExtension()
        queueURL = base.appendingPathExtension("outbox")
        sentURL = base.appendingPathExtension("outbox-sent")
        refusedURL = base.appendingPathExtension("outbox-refused")
    }

    public init(store: ProgressStore) {
        self.init(progressFile: store.fileURL)
    }

    /// Queues `statements` (one synced append for all of them).
    public func queue(_ statements: [XAPIStatement]) throws(ProgressError) {
        guard !statements.isEmpty else { return }
        var lines = Data()
        for statement in statements {
            guard let line = Self.line(statement) else {
                throw .io(path: queueURL.path, reason: "cannot encode statement \(statement.id)")
            }
            lines += line
        }
        let file = queueFile
        try Self.queueWriting.withLock { _ throws(ProgressError) in try file.append(lines) }
    }

    /// Queues those of `statements` whose ids the outbox has never held (a record saved by a run that was killed
    /// before it queued it, or a history from before the outbox). Returns how many were queued.
    @discardableResult
    public func queueMissing(_ statements: [XAPIStatement]) throws(ProgressError) -> Int {
        let reading = try read()
        let missing = statements.filter { !reading.knows($0.id) }
        try queue(missing)
        return missing.count
    }

    /// Everything the outbox's three files hold.
    public func read() throws(ProgressError) -> OutboxReading {
        var reading = OutboxReading()
        try sentFile.forEachLine { line, terminated in
            guard let entry = Self.ledgerEntry(line) else {
                if terminated { reading.damagedLines += 1 }
                return
            }
            reading.sent.insert(entry.id)
            if let at = entry.at, reading.lastSent.map({ at > $0 }) ?? true { reading.lastSent = at }
        }
        try refusedFile.forEachLine { line, terminated in
            guard let entry = Self.ledgerEntry(line) else {
                if terminated { reading.damagedLines += 1 }
                return
            }
            if reading.refused[entry.id] == nil { reading.refused[entry.id] = entry.reason ?? "" }
        }
        var queued: Set<String> = []
        try queueFile.forEachLine { line, terminated in
            reading.queueBytes += line.count + (terminated ? 1 : 0)
            guard let (id, body) = Self.parseQueued(line) else {
                if terminated { reading.damagedLines += 1 }
                return
            }
            guard queued.insert(id).inserted else { return }
            if !reading.sent.contains(id) && reading.refused[id] == nil { reading.pending.append(QueuedStatement(id: id, body: body)) }
        }
        reading.queuedIDs = queued
        return reading
    }

    /// Notes that the LRS confirmed `ids` (one synced append).
    public func markSent(_ ids: [String], at now: Date) throws(ProgressError) {
        guard !ids.isEmpty else { return }
        let stamp = ISODate.text(now)
        try sentFile.append(Data(ids.map { "{\"id\":\"\($0)\",\"at\":\"\(stamp)\"}\n" }.joined().utf8))
    }

    /// Notes that the LRS will not take statement `id`, and why.
    public func markRefused(_ id: String, reason: String, at now: Date) throws(ProgressError) {
        var entry: [String: String] = ["id": id, "at": ISODate.text(now), "reason": reason]
        entry["reason"] = String(reason.prefix(500))
        guard let data = try? JSONSerialization.data(withJSONObject: entry, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            throw .io(path: refusedURL.path, reason: "cannot encode the reason for \(id)")
        }
        try refusedFile.append(data + Data("\n".utf8))
    }

    /// Empties the outbox when every line in it is sent or refused and it is still the `expectedBytes` long it was
    /// when read (nothing queued since); a damaged outbox is first copied whole to `PROFILE.outbox.set-aside-TIME`.
    /// The ledgers stay, so a statement is never queued again. Returns where a damaged outbox went.
    @discardableResult
    public func emptyIfAllSent(_ reading: OutboxReading, at now: Date) throws(ProgressError) -> URL? {
        guard reading.pending.isEmpty, reading.queueBytes > 0 else { return nil }
        return try Self.queueWriting.withLock { _ throws(ProgressError) in try empty(reading, at: now) }
    }

    private func empty(_ reading: OutboxReading, at now: Date) throws(ProgressError) -> URL? {
        var status = stat()
        guard lstat(queueURL.path, &status) == 0, Int(status.st_size) == reading.queueBytes else { return nil }
        var aside: URL?
        if reading.damagedLines > 0 {
            let copy = queueURL.appendingPathExtension("set-aside-\(Int64((now.timeIntervalSince1970 * 1000).rounded()))")
            guard let fd = try DataFile.openForReading(queueURL.path) else { return nil }
            defer { close(fd) }
            let whole = try DataFile.readAll(fd, path: queueURL.path)
            do {
                try AtomicFile.write(whole, to: copy)
            } catch {
                throw .io(path: error.path, reason: error.reason)
            }
            aside = copy
        }
        do {
            try AtomicFile.write(Data(), to: queueURL)
        } catch {
            throw .io(path: error.path, reason: error.reason)
        }
        return aside
    }

    /// The line queued for `statement`, newline included.
    static func line(_ statement: XAPIStatement) -> Data? {
        guard let body = try? XAPIStatement.encoder().encode(statement) else { return nil }
        return Data("{\"id\":\"\(statement.id)\",\"statement\":".utf8) + body + Data("}\n".utf8)
    }

    /// A queued line's id and statement bytes, or nil when it is not a line the outbox writes.
    static func parseQueued(_ line: Data) -> (id: String, body: Data)? {
        let prefix = Array("{\"id\":\"".utf8)
        let middle = Array("\",\"statement\":".utf8)
        let idLength = 36
        let bodyStart = prefix.count + idLength + middle.count
        guard line.count > bodyStart + 2, line.last == UInt8(ascii: "}") else { return nil }
        let bytes = [UInt8](line.prefix(bodyStart))
        guard Array(bytes[0..<prefix.count]) == prefix, Array(bytes[(prefix.count + idLength)...]) == middle else { return nil }
        let id = String(decoding: bytes[prefix.count..<(prefix.count + idLength)], as: UTF8.self)
        guard isStatementID(id) else { return nil }
        let start = line.startIndex + bodyStart
        let body = line[start..<(line.endIndex - 1)]
        guard body.first == UInt8(ascii: "{"), body.last == UInt8(ascii: "}") else { return nil }
        return (id, Data(body))
    }

    /// A ledger line's id, time and reason, or nil when it is not one the outbox writes.
    static func ledgerEntry(_ line: Data) -> (id: String, at: Date?, reason: String?)? {
        guard case .object(let object)? = try? JSONParser.parse(line), case .string(let id)? = object["id"], isStatementID(id) else { return nil }
        var at: Date?
        if case .string(let text)? = object["at"] { at = ISODate.date(text) }
        var reason: String?
        if case .string(let text)? = object["reason"] { reason = text }
        return (id, at, reason)
    }

    /// A lowercase UUID, as the export makes.
    static func isStatementID(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 36 else { return false }
        for (index, scalar) in scalars.enumerated() {
            if [8, 13, 18, 23].contains(index) {
                guard scalar == "-" else { return false }
            } else {
                guard ("0"..."9").contains(scalar) || ("a"..."f").contains(scalar) else { return false }
            }
        }
        return true
    }

    private var queueFile: AppendedLines {
        AppendedLines(fileURL: queueURL) { Outbox.parseQueued($0) != nil }
    }

    private var sentFile: AppendedLines {
        AppendedLines(fileURL: sentURL) { Outbox.ledgerEntry($0) != nil }
    }

    private var refusedFile: AppendedLines {
        AppendedLines(fileURL: refusedURL) { Outbox.ledgerEntry($0) != nil }
    }
}

/// One statement waiting in the outbox: its id and its JSON, as queued.
public struct QueuedStatement: Equatable, Sendable {
    public let id: String
    public let body: Data
}

/// What the outbox holds: the statements still to send, in the order queued, and the ledgers' contents.
public struct OutboxReading: Sendable {
    public var pending: [QueuedStatement] = []
    public var sent: Set<String> = []
    /// The ids the LRS refused, with its reason.
    public var refused: [String: String] = [:]
    /// The ids the queue file holds (pending or not).
    public var queuedIDs: Set<String> = []
    /// When the LRS last confirmed a statement.
    public var lastSent: Date?
    /// Lines, in any of the three files, that are not what srm-quiz writes there (a torn last line is not one).
    public var damagedLines = 0
    /// The queue file's length as read.
    public var queueBytes = 0

    /// Whether the outbox knows statement `id`: queued, sent or refused.
    public func knows(_ id: String) -> Bool {
        queuedIDs.contains(id) || sent.contains(id) || refused[id] != nil
    }
}

extension XAPIStatement {
    /// How statements are written: compact, keys sorted, slashes as they are (as `export --format xapi` writes them).
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
