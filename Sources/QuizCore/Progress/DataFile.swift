import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Opens the data directory's own files without following symbolic links (`O_NOFOLLOW`), and only as regular files
/// owned by this user (checked with `fstat` on what was opened): a link, FIFO, device or directory in a profile
/// file's place is refused with a reason naming what it is, never read, written or waited on.
enum DataFile {
    /// The file at `path` for reading, or nil when there is none.
    static func openForReading(_ path: String) throws(ProgressError) -> Int32? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw refusal(path, openError: errno)
        }
        try checkRegular(fd, path: path)
        return fd
    }

    /// The file at `path` for reading and writing, created with mode 0600 when there is none.
    static func openForWriting(_ path: String, appending: Bool = false) throws(ProgressError) -> Int32 {
        let fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | (appending ? O_APPEND : 0), 0o600)
        guard fd >= 0 else { throw refusal(path, openError: errno) }
        try checkRegular(fd, path: path)
        return fd
    }

    /// Nil when `path` is a regular file of ours or nothing, else why srm-quiz will not use it (links not followed).
    static func problem(at path: String) -> String? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        return problem(with: status)
    }

    /// True when something (a file, link or anything else) is at `path`; links are not followed.
    static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    /// Hands the file open at `fd` to `body` from its start, 64 KiB at a time, however large it is.
    static func forEachChunk(
        _ fd: Int32, path: String, _ body: (UnsafeRawBufferPointer) throws(ProgressError) -> Void
    ) throws(ProgressError) {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var offset: off_t = 0
        while true {
            let count = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, offset) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .io(path: path, reason: "cannot read: \(AtomicFile.lastError())")
            }
            if count == 0 { return }
            var failure: ProgressError?
            chunk.withUnsafeBytes { bytes in
                do throws(ProgressError) { try body(UnsafeRawBufferPointer(rebasing: bytes[0..<count])) } catch { failure = error }
            }
            if let failure { throw failure }
            offset += off_t(count)
        }
    }

    /// The whole file from the start; more than `limit` bytes is refused.
    static func readAll(_ fd: Int32, path: String, limit: Int = .max) throws(ProgressError) -> Data {
        var data = Data()
        var status = stat()
        if fstat(fd, &status) == 0, status.st_size > 0 { data.reserveCapacity(min(Int(status.st_size), limit)) }
        try forEachChunk(fd, path: path) { bytes throws(ProgressError) in
            guard data.count + bytes.count <= limit else {
                throw .corrupt(path: path, reason: "it is larger than the \(limit) bytes srm-quiz ever writes there")
            }
            data.append(contentsOf: bytes)
        }
        return data
    }

    private static func checkRegular(_ fd: Int32, path: String) throws(ProgressError) {
        var status = stat()
        guard fstat(fd, &status) == 0 else {
            let reason = AtomicFile.lastError()
            close(fd)
            throw .io(path: path, reason: "cannot read its status: \(reason)")
        }
        if let problem = problem(with: status) {
            close(fd)
            throw .io(path: path, reason: problem)
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
    }

    private static func refusal(_ path: String, openError: Int32) -> ProgressError {
        let reason = String(cString: strerror(openError))
        if let problem = problem(at: path) { return .io(path: path, reason: problem) }
        return .io(path: path, reason: "cannot open: \(reason)")
    }

    /// Creates the directory `url` (mode 0700, parents too) when there is none, and refuses one that is a link,
    /// not a directory, or not the user's.
    static func prepareDirectory(_ url: URL) throws(ProgressError) {
        if !exists(url.path) {
            do {
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                if !exists(url.path) {
                    throw .io(path: url.path, reason: "cannot create the progress directory: \(FileReadFailure.reason(error))")
                }
            }
        }
        try checkDirectory(url.path)
    }

    /// Refuses a directory that is a link, not a directory, or not the user's; nothing there is no error.
    static func checkDirectory(_ path: String) throws(ProgressError) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        if let problem = problem(with: status, expecting: S_IFDIR) { throw .io(path: path, reason: problem) }
    }

    private static func problem(with status: stat, expecting expected: mode_t = S_IFREG) -> String? {
        let type = status.st_mode & S_IFMT
        let wanted = expected == S_IFDIR ? "a directory" : "a regular file"
        let kind: String? = switch type {
        case expected: nil
        case S_IFLNK: "is a symbolic link, which srm-quiz does not follow in its data directory"
        case S_IFREG: "is a file, not \(wanted)"
        case S_IFDIR: "is a directory, not \(wanted)"
        case S_IFIFO: "is a FIFO, not \(wanted)"
        case S_IFCHR: "is a character device, not \(wanted)"
        case S_IFBLK: "is a block device, not \(wanted)"
        case S_IFSOCK: "is a socket, not \(wanted)"
        default: "is not \(wanted)"
        }
        if let kind { return "refused: it \(kind); move it away" }
        guard status.st_uid == geteuid() else {
            return "refused: it is owned by user id \(status.st_uid), not by you (user id \(geteuid())); move it away"
        }
        return nil
    }
}
