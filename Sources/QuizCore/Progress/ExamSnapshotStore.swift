import Foundation

/// Keeps the exam in progress beside the profile's progress file (`PROFILE.exam.json`), replaced atomically
/// after every change, so a crash or quit can be resumed with the time that was left.
public struct ExamSnapshotStore: Sendable {
    public let fileURL: URL

    public init(progressFile: URL) {
        fileURL = progressFile.deletingPathExtension().appendingPathExtension("exam.json")
    }

    /// The saved exam, or nil when there is none.
    public func load() throws(ProgressError) -> ExamSnapshot? {
        guard FileManager.default.fileExists(atPath: fileURL.path) else { return nil }
        let data: Data
        do {
            data = try Data(contentsOf: fileURL)
        } catch {
            throw .io(path: fileURL.path, reason: "cannot read: \(FileReadFailure.reason(error))")
        }
        do {
            return try ProgressCoding.decoder().decode(ExamSnapshot.self, from: data)
        } catch {
            throw .corrupt(path: fileURL.path, reason: data.isEmpty ? "the file is empty" : "not a readable saved exam")
        }
    }

    public func save(_ snapshot: ExamSnapshot) throws(ProgressError) {
        let data: Data
        do {
            data = try ProgressCoding.encoder().encode(snapshot)
        } catch {
            throw .io(path: fileURL.path, reason: "cannot encode the exam: \(error)")
        }
        do {
            try FileManager.default.createDirectory(
                at: fileURL.deletingLastPathComponent(), withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700]
            )
            try AtomicFile.write(data, to: fileURL)
        } catch let error as AtomicFile.Failure {
            throw .io(path: error.path, reason: error.reason)
        } catch {
            throw .io(path: fileURL.deletingLastPathComponent().path, reason: "cannot create the directory: \(FileReadFailure.reason(error))")
        }
    }

    /// Removes the saved exam (it was finished or abandoned); no file is no error.
    public func remove() throws(ProgressError) {
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
