import Foundation
import XCTest

/// A real learning record store for one test: Ralph (ralph-malph 5.1, file-system backend) on a free port of
/// 127.0.0.1, started from `Fixtures/lrs/ralph_append.py` (which makes its backend append; see there), with one user
/// made by `ralph auth`. Its statements folder outlives `stop()`, so a restarted LRS still holds what it stored.
/// The virtual environment is `$SRM_QUIZ_RALPH_VENV` (.ci/run makes it); without it, one is made in the temporary
/// folder with pip, or the test is skipped, loudly, when that fails outside CI.
final class RalphLRS {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/lrs")
    static let user = "srm-quiz-test"
    static let password = "correct-horse-battery"

    let folder: URL
    let port: Int
    private(set) var pid: pid_t = 0
    private let python: String

    /// `http://127.0.0.1:PORT/xAPI`.
    var endpoint: String { "http://127.0.0.1:\(port)/xAPI" }

    init() throws {
        python = try Self.venv().appendingPathComponent("bin/python").path
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("srm-quiz-ralph-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("statements"), withIntermediateDirectories: true)
        port = try Self.freePort()
        let auth = try Command.run("/usr/bin/env", environment + [
            python, "-m", "ralph", "auth", "-u", Self.user, "-p", Self.password, "-s", "all", "-M", "mailto:lrs@example.com", "-w",
        ])
        guard auth.status == 0 else { throw XCTSkip("ralph auth failed (\(auth.status)): \(auth.stderr)") }
    }

    deinit {
        stop()
    }

    /// The environment Ralph reads: its users file, its statements folder, the fs backend.
    private var environment: [String] {
        [
            "RALPH_RUNSERVER_BACKEND=fs",
            "RALPH_AUTH_FILE=\(folder.appendingPathComponent("auth.json").path)",
            "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH=\(folder.appendingPathComponent("statements").path)",
        ]
    }

    /// Starts the server and waits until it answers an authenticated request (at most a minute: the first start
    /// imports a lot of Python).
    func start() throws {
        guard pid == 0 else { return }
        pid = try Spawned.start("/usr/bin/env", environment + [python, Self.fixtures.appendingPathComponent("ralph_append.py").path, String(port)],
                                log: folder.appendingPathComponent("ralph.log").path)
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if (try? counts(agent: #"{"mbox":"mailto:nobody@example.com"}"#)) != nil { return }
            usleep(200_000)
        }
        let log = (try? String(contentsOf: folder.appendingPathComponent("ralph.log"), encoding: .utf8)) ?? ""
        throw NSError(domain: "RalphLRS", code: 1, userInfo: [NSLocalizedDescriptionKey: "Ralph did not start on port \(port): \(log)"])
    }

    /// Stops the server (SIGTERM, or SIGKILL with `kill`) and reaps it.
    func stop(kill: Bool = false) {
        guard pid != 0 else { return }
        Glibc.kill(pid, kill ? SIGKILL : SIGTERM)
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(10)
        while waitpid(pid, &status, WNOHANG) == 0 && Date() < deadline { usleep(50_000) }
        if waitpid(pid, &status, WNOHANG) == 0 {
            Glibc.kill(pid, SIGKILL)
            waitpid(pid, &status, 0)
        }
        pid = 0
    }

    /// How many times the LRS holds each statement id about `agent` (an xAPI Agent as JSON), read through
    /// GET /statements?agent=… following `more`.
    func counts(agent: String) throws -> [String: Int] {
        let result = try Command.run(python, [Self.fixtures.appendingPathComponent("lrs_count.py").path, endpoint, Self.user, Self.password, agent])
        guard result.status == 0 else {
            throw NSError(domain: "RalphLRS", code: Int(result.status), userInfo: [NSLocalizedDescriptionKey: result.stderr])
        }
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Int]
        return object ?? [:]
    }

    /// POSTs one statement as another tool would (for a statement the LRS holds differently).
    func post(_ statement: String) throws -> Int32 {
        let script = """
            import sys, requests
            r = requests.post(sys.argv[1] + "/statements", data=sys.argv[2], auth=(sys.argv[3], sys.argv[4]),
                              headers={"X-Experience-API-Version": "1.0.3", "Content-Type": "application/json"})
            print(r.status_code)
            """
        let result = try Command.run(python, ["-c", script, endpoint, statement, Self.user, Self.password])
        return Int32(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// A port no one listens on now.
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        guard bound == 0 else { throw NSError(domain: "RalphLRS", code: 2, userInfo: [NSLocalizedDescriptionKey: "cannot bind a port"]) }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// The virtual environment with Ralph: `$SRM_QUIZ_RALPH_VENV`, else one made here once.
    static func venv() throws -> URL {
        let environment = ProcessInfo.processInfo.environment
        if let given = environment["SRM_QUIZ_RALPH_VENV"], !given.isEmpty { return URL(fileURLWithPath: given) }
        let made = FileManager.default.temporaryDirectory.appendingPathComponent("srm-quiz-ralph-venv")
        if FileManager.default.isExecutableFile(atPath: made.appendingPathComponent("bin/ralph").path) { return made }
        print("RalphLRS: SRM_QUIZ_RALPH_VENV is not set; installing Ralph into \(made.path) (pip install 'ralph-malph[cli,lrs]' requests)")
        let create = try Command.run("python3", ["-m", "venv", made.path])
        let install = create.status == 0
            ? try Command.run(made.appendingPathComponent("bin/pip").path, ["install", "--quiet", "ralph-malph[cli,lrs]", "requests"])
            : create
        guard install.status == 0 else {
            let message = "THE LRS TESTS DID NOT RUN: Ralph could not be installed (\(install.stderr)); set SRM_QUIZ_RALPH_VENV"
            if environment["CI"] != nil { throw NSError(domain: "RalphLRS", code: 3, userInfo: [NSLocalizedDescriptionKey: message]) }
            print(message)
            throw XCTSkip(message)
        }
        return made
    }
}

/// A process started in the background (posix_spawn, empty signal mask), its output to a log file.
enum Spawned {
    static func start(_ executable: String, _ arguments: [String], log: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for fd in names.compactMap({ Int32($0) }) where fd > 2 && fcntl(fd, F_GETFD) >= 0 { posix_spawn_file_actions_addclose(&actions, fd) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGHUP, SIGINT, SIGTERM, SIGCHLD, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, executable, &actions, &attributes, argv, environ)
        guard spawned == 0 else {
            throw NSError(domain: NSPOSIXErrorDomain, code: Int(spawned), userInfo: [NSLocalizedDescriptionKey: "cannot start \(executable)"])
        }
        return pid
    }
}
