import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Keeps the exam in progress beside the profile's progress file (`PROFILE.exam.json`), replaced atomically
/// after every change, so a crash or quit can be resumed with the time that was left.
public struct ExamSnapshotStore: Sendable {
    public let fileURL: URL

    public init(progressFile: URL) {
        fileURL = progressFile.deletingPathExtension().appendingPathExtension("exam.json")
    }

    /// The saved exam, or nil when there is none. A file in its place that is a link, FIFO or directory, that
    /// cannot be read, or that holds another profile's progress (a profile once named `PROFILE.exam`) throws.
    public func load() throws(ProgressError) -> ExamSnapshot? {
        guard let data = try existingContent() else { return nil }
        do {
            return try ProgressCoding.decoder().decode(ExamSnapshot.self, from: data)
        } catch {
            if let profile = Self.progressProfile(in: data) { throw collision(profile) }
            throw .corrupt(path: fileURL.path, reason: data.isEmpty ? "the file is empty" : "not a readable saved exam")
        }
    }

    /// The file's bytes, or nil when there is none; a progress file too large for a saved exam is named as such.
    private func existingContent() throws(ProgressError) -> Data? {
        guard let fd = try DataFile.openForReading(fileURL.path) else { return nil }
        defer { close(fd) }
        do {
            return try DataFile.readAll(fd, path: fileURL.path, limit: ProgressLimits.examSnapshotBytes)
        } catch {
            guard case .corrupt = error else { throw error }
            var header = [UInt8](repeating: 0, count: 4_096)
            let count = header.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, 0) }
            if count > 0, String(decoding: header[0..<count], as: UTF8.self).contains("\"answers\"") {
                throw collision(nil)
            }
            throw error
        }
    }

    /// The progress of a profile whose name ended in `.exam`, in the file this profile's saved exam would use.
    private func collision(_ profile: String?) -> ProgressError {
        .otherProfilesProgress(path: fileURL.path, profile: profile)
    }

    /// The profile a progress file belongs to, or nil when `data` is not a progress file.
    static func progressProfile(in data: Data) -> String? {
        (try? ProgressStore.read(data, path: ""))?.profile
    }

    /// Replaces the saved exam; a file in its place that is not one (another profile's progress) is never written over.
    public func save(_ snapshot: ExamSnapshot) throws(ProgressError) {
        try refuseForeign()
        let data: Data
        do {
            data = try ProgressCoding.encoder().encode(snapshot)
        } catch {
            throw .io(path: fileURL.path, reason: "cannot encode the exam: \(error)")
        }
        try DataFile.prepareDirectory(fileURL.deletingLastPathComponent())
        do {
            try AtomicFile.write(data, to: fileURL)
        } catch {
            throw .io(path: error.path, reason: error.reason)
        }
    }

    /// Throws when the file in the saved exam's place is another profile's progress, which must not be replaced.
    private func refuseForeign() throws(ProgressError) {
        do {
            _ = try load()
        } catch {
            if case .otherProfilesProgress = error { throw error }
        }
    }

    /// Removes the saved exam (it was finished or abandoned); no file is no error.
    public func remove() throws(ProgressError) {
        try refuseForeign()
        guard unlink(fileURL.path) == 0 || errno == ENOENT else {
            throw .io(path: fileURL.path, reason: "cannot remove: \(String(cString: strerror(errno)))")
        }
    }

    /// Moves a saved exam that cannot be resumed aside as `NAME.corrupt-TIMESTAMP`, and returns where it went.
    public func setAside(at now: Date) throws(ProgressError) -> URL {
        let stamp = Int64((now.timeIntervalSince1970 * 1000).rounded())
        let aside = fileURL.appendingPathExtension("corrupt-\(stamp)")
        guard rename(fileURL.path, aside.path) == 0 else {
            throw .io(path: fileURL.path, reason: "cannot move aside: \(String(cString: strerror(errno)))")
        }
        return aside
    }
}
