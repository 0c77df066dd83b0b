import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a cached bank was made from, as a `ContentHash`: the archive's format version, the build of srm-quiz, whether
/// training is required, and each bank directory in order (its path, then every entry under it, followed through
/// links, in byte order of the relative path, each regular file with its length and bytes). Any changed, added or
/// removed file, or another list of directories, gives another key.
public struct BankCacheKey: Hashable, Sendable, CustomStringConvertible {
    public let digest: [UInt8]

    /// Why no key could be made: a directory or file could not be read, or there is too much to read for a bank.
    public struct Failure: Error, Equatable, Sendable {
        public let path: String
        public let reason: String
    }

    /// More than this under the bank directories is not a bank (say `--bank ~`): it is loaded without a cache.
    public static let maximumBytes = 64 << 20
    public static let maximumEntries = 10_000

    public init(directories: [URL], trainingRequired: Bool, buildIdentity: String) throws(Failure) {
        var hasher = KeyHasher()
        hasher.add("srm-quiz bank cache")
        hasher.add(UInt64(BankArchive.formatVersion))
        hasher.add(buildIdentity)
        hasher.add(UInt64(trainingRequired ? 1 : 0))
        hasher.add(UInt64(directories.count))
        for directory in directories {
            let root = directory.absoluteURL.path
            hasher.add(root)
            var visited: Set<FileIdentity> = []
            try Self.addEntries(of: root, relative: "", to: &hasher, visited: &visited)
        }
        digest = hasher.finish()
    }

    /// Lowercase hex, as in the cache file's name.
    public var description: String {
        digest.map { String(format: "%02x", $0) }.joined()
    }

    private struct FileIdentity: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    private static func addEntries(of path: String, relative: String, to hasher: inout KeyHasher, visited: inout Set<FileIdentity>) throws(Failure) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            hasher.add("missing")
            hasher.add(relative)
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw Failure(path: path, reason: "cannot read (\(FileReadFailure.reason(error)))")
            }
            hasher.bytes += data.count
            guard hasher.bytes <= maximumBytes else { throw Failure(path: path, reason: "more than \(maximumBytes) bytes under the bank") }
            hasher.add("file")
            hasher.add(relative)
            hasher.add(data)
        case S_IFDIR:
            let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
            guard visited.insert(identity).inserted else {
                hasher.add("loop")
                hasher.add(relative)
                return
            }
            defer { visited.remove(identity) }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: path)
            } catch {
                throw Failure(path: path, reason: "cannot read the folder (\(FileReadFailure.reason(error)))")
            }
            hasher.entries += names.count
            guard hasher.entries <= maximumEntries else { throw Failure(path: path, reason: "more than \(maximumEntries) entries under the bank") }
            hasher.add("folder")
            hasher.add(relative)
            hasher.add(UInt64(names.count))
            for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                try addEntries(of: path + "/" + name, relative: relative.isEmpty ? name : relative + "/" + name, to: &hasher, visited: &visited)
            }
        default:
            hasher.add("other")
            hasher.add(relative)
        }
    }

    /// A hash over length-prefixed pieces, so that no two different lists of pieces hash the same bytes.
    private struct KeyHasher {
        private var hash = ContentHash()
        var bytes = 0
        var entries = 0

        mutating func add(_ value: UInt64) {
            withUnsafeBytes(of: value.littleEndian) { hash.update($0) }
        }

        mutating func add(_ text: String) {
            add(Data(text.utf8))
        }

        mutating func add(_ data: Data) {
            add(UInt64(data.count))
            data.withUnsafeBytes { hash.update($0) }
        }

        func finish() -> [UInt8] {
            hash.finish()
        }
    }
}
