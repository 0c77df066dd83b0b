import Foundation
import QuizCore

/// The pages of statements an earlier `report --lrs` read from one LRS with one key, kept under
/// `$XDG_CACHE_HOME/srm-quiz/lrs/` (else `~/.cache`), so that a later run asks the LRS only for statements stored
/// since (`since`, a second before the latest kept, the repeats read once by id). It is only ever a copy: a page
/// that does not read back as statements drops the whole cache and everything is read again, and deleting the
/// folder is always safe. The secret is not in it; the statements are, so the folder is the user's alone (0700).
struct LRSStatementCache {
    let folder: URL

    init(endpoint: String, key: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        folder = CacheLocation.root(environment: environment, home: NSHomeDirectory())
            .appendingPathComponent("lrs/\(Self.name(endpoint + "\n" + key))")
    }

    /// The pages kept, oldest first; empty when there are none or any of them is damaged (then none is kept).
    func pages() -> [Data] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        var pages: [Data] = []
        for name in names {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path),
                  Self.storedTimes(data) != nil else {
                clear()
                return []
            }
            pages.append(data)
        }
        return pages
    }

    /// Keeps one page just read; a cache that cannot be written is simply not kept.
    func keep(_ page: Data, number: Int) {
        guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])) != nil else { return }
        let name = String(format: "%010d-%@.json", number, UUID().uuidString.prefix(8) as CVarArg)
        try? AtomicFile.write(page, to: folder.appendingPathComponent(name))
    }

    func clear() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The `since` for the next read: a second before the latest `stored` time among `pages`, nil when none has one.
    static func since(after pages: [Data]) -> String? {
        guard let latest = pages.compactMap({ storedTimes($0)?.max() }).max() else { return nil }
        return ISO8601DateFormatter().string(from: latest.addingTimeInterval(-1))
    }

    /// The `stored` times of a page's statements (a statement result or a list), nil when it is not one.
    static func storedTimes(_ page: Data) -> [Date]? {
        guard let document = try? JSONSerialization.jsonObject(with: page) else { return nil }
        let statements = (document as? [String: Any])?["statements"] ?? document
        guard let list = statements as? [[String: Any]] else { return nil }
        return list.compactMap { ($0["stored"] as? String).flatMap(date) }
    }

    /// An xAPI timestamp with or without fractional seconds (Ralph gives six digits), to the second.
    private static func date(_ text: String) -> Date? {
        let plain = ISO8601DateFormatter()
        if let date = plain.date(from: text) { return date }
        guard let dot = text.firstIndex(of: "."), let zone = text[dot...].firstIndex(where: { $0 == "Z" || $0 == "+" || $0 == "-" }) else { return nil }
        return plain.date(from: String(text[..<dot]) + String(text[zone...]))
    }

    /// A short stable name for an LRS and key (FNV-1a, 64 bits, in hex).
    private static func name(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
