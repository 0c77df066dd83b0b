import Foundation

/// A server on a free port of 127.0.0.1 that accepts connections and never answers (for two minutes at most): an LRS
/// that hangs. Stopped when released.
final class SilentServer {
    let port: Int
    private let pid: pid_t

    /// `http://127.0.0.1:PORT/xAPI`.
    var endpoint: String { "http://127.0.0.1:\(port)/xAPI" }

    init(log: String) throws {
        port = try RalphLRS.freePort()
        pid = try Spawned.start("python3", ["-c", """
            import socket, time
            s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind(("127.0.0.1", \(port))); s.listen(16); held = []
            end = time.time() + 120
            while time.time() < end:
                s.settimeout(1)
                try: held.append(s.accept())
                except socket.timeout: pass
            """], log: log)
        usleep(500_000)
    }

    deinit {
        kill(pid, SIGKILL)
        waitpid(pid, nil, 0)
    }
}
