import Foundation

/// Validated banks kept as `BankArchive` bytes in a folder, one file per `BankCacheKey`:
/// `bank-<key>.srmbank`, a header (magic, format version, key, payload length, `ContentHash` of the payload) then the
/// payload. A file is read only when every part of it checks out; anything else is a miss and the file is removed. It
/// is only ever a copy of what the loader made from the JSON files: deleting the folder is always safe.
public struct BankCache: Sendable {
    public let directory: URL
    /// What changes with every build of srm-quiz, so a new build (perhaps with new validation rules) never reads an
    /// older build's bank.
    public let buildIdentity: String

    /// The entries kept: a few banks used in turn (the bundled one, a `--bank` of one's own) each keep theirs.
    public static let keptEntries = 4
    /// A larger file is not read at all (it is not an entry this cache wrote for a bank it would key).
    static let maximumFileSize = 256 << 20
    static let magic = Array("SRMBANK\n".utf8)
    static let fileExtension = "srmbank"
    static let headerSize = magic.count + 4 + 32 + 8 + 32

    public init(directory: URL, buildIdentity: String) {
        self.directory = directory
        self.buildIdentity = buildIdentity
    }

    public func key(directories: [URL], trainingRequired: Bool) throws(BankCacheKey.Failure) -> BankCacheKey {
        try BankCacheKey(directories: directories, trainingRequired: trainingRequired, buildIdentity: buildIdentity)
    }

    public func fileURL(for key: BankCacheKey) -> URL {
        directory.appendingPathComponent("bank-\(key).\(Self.fileExtension)")
    }

    /// The bank kept under `key`, or nil when there is none or it does not check out (then the file is removed).
    public func read(_ key: BankCacheKey) -> Bank? {
        let url = fileURL(for: key)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else { return nil }
        guard attributes[.type] as? FileAttributeType == .typeRegular,
              let size = attributes[.size] as? Int, size <= Self.maximumFileSize,
              let data = FileManager.default.contents(atPath: url.path),
              let bank = try? Self.bank(from: [UInt8](data), key: key) else {
            try? FileManager.default.removeItem(at: url)
            return nil
        }
        return bank
    }

    /// Keeps `bank` under `key`; a folder that cannot be made or written is simply not used.
    @discardableResult
    public func write(_ bank: Bank, key: BankCacheKey) -> Bool {
        guard (try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])) != nil,
              (try? AtomicFile.write(Data(Self.file(of: bank, key: key)), to: fileURL(for: key))) != nil else { return false }
        prune(keeping: key)
        return true
    }

    /// The whole file kept for `bank`.
    static func file(of bank: Bank, key: BankCacheKey) -> [UInt8] {
        let payload = BankArchive.encode(bank)
        var file = magic
        file.reserveCapacity(headerSize + payload.count)
        withUnsafeBytes(of: BankArchive.formatVersion.littleEndian) { file += $0 }
        file += key.digest
        withUnsafeBytes(of: UInt64(payload.count).littleEndian) { file += $0 }
        file += ContentHash.of(payload)
        file += payload
        return file
    }

    /// The bank in a whole file, checked part by part: magic, format version, key, length, checksum, then the payload.
    static func bank(from file: [UInt8], key: BankCacheKey) throws(ArchiveError) -> Bank {
        guard file.count >= headerSize else { throw ArchiveError(message: "shorter than the header", offset: file.count) }
        guard file.starts(with: magic) else { throw ArchiveError(message: "not a bank cache", offset: 0) }
        var offset = magic.count
        func take(_ count: Int) -> ArraySlice<UInt8> {
            defer { offset += count }
            return file[offset..<offset + count]
        }
        let version = take(4).reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        guard version == BankArchive.formatVersion else { throw ArchiveError(message: "format version \(version)", offset: offset - 4) }
        guard take(32).elementsEqual(key.digest) else { throw ArchiveError(message: "kept for another key", offset: offset - 32) }
        let length = take(8).reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        guard length == UInt64(file.count - headerSize) else { throw ArchiveError(message: "payload of \(length) bytes, not \(file.count - headerSize)", offset: offset - 8) }
        let checksum = take(32)
        let payload = Array(file[headerSize...])
        guard ContentHash.of(payload).elementsEqual(checksum) else { throw ArchiveError(message: "checksum does not match", offset: offset - 32) }
        return try BankArchive.decode(payload)
    }

    /// Removes entries beyond the newest `keptEntries` (never `key`'s) and temporary files a crash left behind.
    private func prune(keeping key: BankCacheKey) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: directory.path) else { return }
        let kept = fileURL(for: key).lastPathComponent
        var entries: [(url: URL, modified: Date)] = []
        for name in names where name != kept {
            let url = directory.appendingPathComponent(name)
            let modified = (try? manager.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? .distantPast
            if name.hasPrefix(".bank-") && name.contains(".\(Self.fileExtension).tmp-") {
                if modified < Date().addingTimeInterval(-600) { try? manager.removeItem(at: url) }
            } else if name.hasPrefix("bank-") && name.hasSuffix(".\(Self.fileExtension)") {
                entries.append((url, modified))
            }
        }
        for entry in entries.sorted(by: { $0.modified > $1.modified }).dropFirst(Self.keptEntries - 1) {
            try? manager.removeItem(at: entry.url)
        }
    }
}
