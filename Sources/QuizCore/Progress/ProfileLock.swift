import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Keeps a second srm-quiz off a profile another one is using: an exclusive `flock` on `PROFILE.lock` (never on
/// the progress file, which is replaced by renaming), held until the process ends, with the holder written in it.
public final class ProfileLock: Sendable {
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// Another srm-quiz holds it; `holder` is what that one wrote (pid, host, since when).
        case held(path: String, holder: String)
        case io(path: String, reason: String)

        public var description: String {
            switch self {
            case let .held(path, holder):
                "this profile is in use by another srm-quiz (\(holder.isEmpty ? "holder unknown" : holder); lock \(path)): close that one first, or choose another --profile"
            case let .io(path, reason):
                "\(path): \(reason)"
            }
        }
    }

    public let fileURL: URL
    private let descriptor: Int32

    /// Takes the lock for the profile whose progress file is `progressFile`, or says who holds it.
    public init(progressFile: URL, now: Date = Date()) throws(Failure) {
        fileURL = progressFile.deletingPathExtension().appendingPathExtension("lock")
        let path = fileURL.path
        let fd: Int32
        do {
            try DataFile.prepareDirectory(fileURL.deletingLastPathComponent())
            fd = try DataFile.openForWriting(path)
        } catch {
            throw .io(path: error.path, reason: error.reason)
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            let reason = AtomicFile.lastError()
            var text = [UInt8](repeating: 0, count: 256)
            let count = text.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, 0) }
            let holder = String(decoding: text.prefix(max(0, count)), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            close(fd)
            throw busy ? .held(path: path, holder: holder) : .io(path: path, reason: "cannot lock: \(reason)")
        }
        descriptor = fd
        var host = [CChar](repeating: 0, count: 256)
        gethostname(&host, host.count - 1)
        let hostName = String(decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let holder = "pid \(getpid()) on \(hostName) since \(ISODate.text(now))\n"
        ftruncate(fd, 0)
        _ = holder.withCString { pwrite(fd, $0, strlen($0), 0) }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
