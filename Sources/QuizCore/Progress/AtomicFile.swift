import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Replaces a file so that a crash at any moment leaves either the old or the new content, never a mix:
/// a temporary file in the same directory, written, synced, renamed over the target, then the directory synced.
public enum AtomicFile {
    public struct Failure: Error, Equatable, Sendable {
        public let path: String
        public let reason: String
    }

    public static func write(_ data: Data, to url: URL, permissions: mode_t = 0o600) throws(Failure) {
        let directory = url.deletingLastPathComponent().path
        var template = Array("\(directory)/.\(url.lastPathComponent).tmp-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw Failure(path: url.path, reason: "cannot create a temporary file in \(directory): \(lastError())") }
        let tempPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var closed = false
        do throws(Failure) {
            try writeAll(data, to: fd, path: tempPath)
            guard fchmod(fd, permissions) == 0 else { throw Failure(path: tempPath, reason: "cannot set permissions: \(lastError())") }
            guard fsync(fd) == 0 else { throw Failure(path: tempPath, reason: "cannot sync to disk: \(lastError())") }
            closed = true
            guard close(fd) == 0 else { throw Failure(path: tempPath, reason: "cannot close: \(lastError())") }
            guard rename(tempPath, url.path) == 0 else { throw Failure(path: url.path, reason: "cannot replace: \(lastError())") }
        } catch {
            if !closed { close(fd) }
            unlink(tempPath)
            guard error.path == tempPath else { throw error }
            throw Failure(path: url.path, reason: "\(error.reason) (while writing its new copy; the file itself is unchanged)")
        }
        syncDirectory(directory)
    }

    static func writeAll(_ data: Data, to fd: Int32, path: String) throws(Failure) {
        let failure: Failure? = data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return Failure(path: path, reason: "cannot write: \(lastError())")
                }
                offset += written
            }
            return nil
        }
        if let failure { throw failure }
    }

    /// Makes the rename itself durable; a directory that cannot be opened for this is not an error.
    private static func syncDirectory(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
