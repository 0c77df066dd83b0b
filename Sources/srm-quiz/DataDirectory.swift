import Foundation
import Glibc
import QuizCore

/// The data directory when `--data-dir` is not given, and the check that it can hold progress.
enum DataDirectory {
    static let hint = "choose one with --data-dir DIR or $SRM_QUIZ_HOME (default: $XDG_DATA_HOME/srm-quiz, else $HOME/.local/share/srm-quiz)"

    static func resolve(_ given: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let given { return URL(fileURLWithPath: given) }
        return DataLocation.defaultDirectory(environment: environment, home: home(environment))
    }

    /// `$HOME` when it is an absolute path, else the account's home in the password file (`/nonexistent`, as
    /// the password file gives `nobody`, when there is none: the data directory check then names it).
    static func home(_ environment: [String: String]) -> String {
        if let home = environment["HOME"], home.hasPrefix("/") { return home }
        if let entry = getpwuid(geteuid()), let directory = entry.pointee.pw_dir, directory.pointee != 0 {
            return String(cString: directory)
        }
        return "/nonexistent"
    }

    /// Creates `directory` (0700, with any folder missing above it) and checks that it is a folder this user can
    /// write in: else one message naming it (74), before anything else is tried there.
    static func prepare(_ directory: URL) throws(Failure) {
        var path = ""
        for component in directory.standardizedFileURL.pathComponents.dropFirst() {
            path += "/" + component
            if mkdir(path, 0o700) != 0, errno != EEXIST { throw unusable(directory, reason: "cannot create \(path): \(reason())") }
        }
        var info = stat()
        guard stat(directory.path, &info) == 0 else { throw unusable(directory, reason: reason()) }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw unusable(directory, reason: "it is not a folder") }
        guard access(directory.path, W_OK | X_OK) == 0 else { throw unusable(directory, reason: reason()) }
    }

    private static func unusable(_ directory: URL, reason: String) -> Failure {
        Failure("the data directory \(directory.path) cannot be used: \(reason); \(hint)", code: .io)
    }

    private static func reason() -> String {
        String(cString: strerror(errno))
    }
}
