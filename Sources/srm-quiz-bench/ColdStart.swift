import Foundation
import Glibc

/// Time from starting a program on a fresh pseudo-terminal of 80x24 to its first screen: for srm-quiz the
/// frame with its title, for the hello-world its greeting. Both are started the same way.
enum ColdStart {
    /// What ends the measurement: a text on the screen, or the program's end (its side of the terminal closed).
    enum End: CustomStringConvertible {
        case shows(String)
        case exits

        var description: String {
            switch self {
            case .shows(let marker): "showed \"\(marker)\""
            case .exits: "ended"
            }
        }
    }

    static func seconds(_ executable: String, _ arguments: [String], until marker: String, environment: [String: String]) throws -> Double {
        try seconds(executable, arguments, until: .shows(marker), environment: environment)
    }

    /// Linux's ioctls to unlock a pseudo-terminal and learn its number (`unlockpt` and `ptsname` need feature macros
    /// SwiftPM does not set).
    private static let tiocsptlck: UInt = 0x4004_5431
    private static let tiocgptn: UInt = 0x8004_5430

    static func seconds(
        _ executable: String, _ arguments: [String], until end: End, environment: [String: String], timeout: Double = 60,
        whileStillRunning: () throws -> Void = {}
    ) throws -> Double {
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, tiocsptlck, &unlock) == 0, ioctl(master, tiocgptn, &number) == 0 else {
            throw BenchFailure("cannot open a pseudo-terminal")
        }
        defer { close(master) }
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let slavePath = "/dev/pts/\(number)"

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] { posix_spawn_file_actions_addopen(&actions, fd, slavePath, O_RDWR, 0) }
        posix_spawn_file_actions_addclose(&actions, master)
        let env = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer {
            env.forEach { free($0) }
            argv.forEach { free($0) }
        }
        let start = Measure.now()
        var pid: pid_t = 0
        guard posix_spawn(&pid, executable, &actions, nil, argv, env) == 0 else { throw BenchFailure("cannot start \(executable)") }
        defer {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        }
        var seen = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let wanted: [UInt8]
        switch end {
        case .shows(let marker): wanted = Array(marker.utf8)
        case .exits: wanted = []
        }
        while Measure.now() - start < timeout {
            let count = read(master, &buffer, buffer.count)
            if count <= 0 {
                if case .exits = end { return Measure.now() - start }
                break
            }
            guard !wanted.isEmpty else { continue }
            let from = max(0, seen.count - wanted.count + 1)
            seen += buffer[0..<count]
            if seen.count >= wanted.count, (from...(seen.count - wanted.count)).contains(where: { seen[$0..<($0 + wanted.count)].elementsEqual(wanted) }) {
                let seconds = Measure.now() - start
                try whileStillRunning()
                return seconds
            }
        }
        throw BenchFailure("\(executable) \(arguments.joined(separator: " ")) never \(end)")
    }
}
