import Foundation
import Glibc
import QuizCore

/// Writes `export --output`. Exports hold personal data: a new file is created 0600 whatever the umask, an
/// existing file keeps its mode (never loosened), a regular file is replaced atomically (a temporary file in
/// the same folder, renamed over it), and nothing in the data directory's profiles folder is written over. A
/// device or a FIFO (`/dev/stdout`, a pipe) is written in place. Like standard output, the text holds no raw
/// control character.
enum ExportFile {
    static func write(_ text: String, as kind: StandardStreams.Kind, to output: String, dataDirectory: URL) throws(Failure) {
        let given = URL(fileURLWithPath: output)
        let safe = kind.neutralised(text)
        var existing = stat()
        if stat(given.path, &existing) == 0 {
            let type = existing.st_mode & S_IFMT
            guard type != S_IFDIR else { throw Failure("\(output): cannot write the export: it is a folder", code: .io) }
            let resolved = realPath(given.path) ?? given.path
            try refuseInside(dataDirectory, resolved, output: output)
            if type == S_IFREG {
                try replace(URL(fileURLWithPath: resolved), with: safe, permissions: existing.st_mode & 0o777, output: output)
            } else {
                try writeInPlace(safe, to: given.path, output: output)
            }
            return
        }
        guard errno == ENOENT else { throw Failure("\(output): cannot write the export: \(reason())", code: .io) }
        let folder = given.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure("\(output): cannot write the export: the folder \(folder.path) does not exist", code: .io)
        }
        let resolvedFolder = realPath(folder.path) ?? folder.path
        let target = URL(fileURLWithPath: resolvedFolder).appendingPathComponent(given.lastPathComponent)
        try refuseInside(dataDirectory, target.path, output: output)
        try replace(target, with: safe, permissions: 0o600, output: output)
    }

    /// The folder of the data directory that holds every profile's files (progress, journal, lock, saved exam).
    static let profilesFolder = "profiles"

    /// The data directory's own files are never an export's target, whatever path or link leads there.
    private static func refuseInside(_ dataDirectory: URL, _ resolved: String, output: String) throws(Failure) {
        guard let profiles = realPath(dataDirectory.appendingPathComponent(profilesFolder).path) else { return }
        guard resolved == profiles || resolved.hasPrefix(profiles + "/") else { return }
        throw Failure(
            "\(output): refused: it is inside \(profiles), where the data directory keeps every profile's progress; write the export elsewhere",
            code: .usage
        )
    }

    private static func replace(_ target: URL, with text: String, permissions: mode_t, output: String) throws(Failure) {
        do {
            try AtomicFile.write(Data(text.utf8), to: target, permissions: permissions)
        } catch {
            throw Failure("\(error.path): cannot write the export: \(error.reason)", code: .io)
        }
    }

    private static func writeInPlace(_ text: String, to path: String, output: String) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure("\(output): cannot write the export: \(reason())", code: .io) }
        let failed = StandardStreams.writeAll(text, to: descriptor)
        let closed = close(descriptor) == 0 ? nil : reason()
        if let problem = failed ?? closed { throw Failure("\(output): cannot write the export: \(problem)", code: .io) }
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func reason() -> String {
        String(cString: strerror(errno))
    }
}
