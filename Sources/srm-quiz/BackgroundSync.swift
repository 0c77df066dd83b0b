import Foundation
import LRS
import QuizCore
import Synchronization

/// The full-screen app's sync with the policy's LRS, off the main loop: started after the first frame, again after
/// each save, and once more at exit with a bounded wait. A keypress never waits for it; the loop only reads its
/// latest state (`SyncState`) to show on the home screen.
final class BackgroundSync: Sendable {
    /// How long leaving the app waits for the last sync before the rest is left queued for next time.
    static let exitWait: Duration = .seconds(3)
    /// How long one request may take in the background.
    static let requestTimeout: Duration = .seconds(10)

    private struct Shared {
        var state: SyncState
        var running = false
        var again = false
        /// The history to check for records the outbox never held, done once in the first run.
        var history: (progress: ProgressFile, bank: Bank)?
    }

    private let outbox: Outbox
    private let export: XAPIExport
    private let connection: LRSConnection?
    private let shared: Mutex<Shared>

    /// The sync for `workspace`, or nil when its policy names no LRS (or the learner cannot be named there).
    static func make(for workspace: Workspace) -> BackgroundSync? {
        guard let export = workspace.queueingExport, let target = try? LRSTarget.resolve(workspace, endpoint: nil) else { return nil }
        let outbox = Outbox(store: workspace.store)
        var problem: String?
        var connection: LRSConnection?
        do {
            connection = try target.connection(timeout: requestTimeout)
        } catch {
            problem = "LRS secret not found"
        }
        return BackgroundSync(outbox: outbox, export: export, connection: connection, problem: problem, history: (workspace.progress, workspace.bank))
    }

    private init(outbox: Outbox, export: XAPIExport, connection: LRSConnection?, problem: String?, history: (ProgressFile, Bank)) {
        self.outbox = outbox
        self.export = export
        self.connection = connection
        shared = Mutex(Shared(state: SyncState(waiting: 0, lastSent: nil, problem: problem), history: history))
    }

    /// What the home screen shows now.
    var state: SyncState {
        shared.withLock { $0.state }
    }

    var isRunning: Bool {
        shared.withLock { $0.running }
    }

    /// Starts a run now, or right after the one in progress.
    func kick() {
        let start = shared.withLock { shared -> Bool in
            if shared.running {
                shared.again = true
                return false
            }
            shared.running = true
            return true
        }
        guard start else { return }
        Task.detached { [self] in await loop() }
    }

    /// Kicks a last run and waits for it at most `exitWait`; what is not sent by then stays queued.
    func finish() {
        kick()
        let deadline = ContinuousClock.now + Self.exitWait
        while isRunning && ContinuousClock.now < deadline { usleep(20_000) }
    }

    private func loop() async {
        while true {
            let next = await runOnce()
            let goOn = shared.withLock { shared -> Bool in
                shared.state = next
                if shared.again {
                    shared.again = false
                    return true
                }
                shared.running = false
                return false
            }
            if !goOn { return }
        }
    }

    private func runOnce() async -> SyncState {
        if let history = shared.withLock({ shared -> (progress: ProgressFile, bank: Bank)? in
            defer { shared.history = nil }
            return shared.history
        }) {
            // A history that cannot be queued now is queued by the next run or by `sync`, which names the problem.
            _ = try? outbox.queueMissing(export.statements(history.progress, bank: history.bank))
        }
        guard let connection else { return shared.withLock { $0.state } }
        let client = LRSClient(connection)
        var sync = LRSSync(outbox: outbox, client: client)
        sync.attempts = 1
        let report = await sync.run()
        await client.shutdown()
        let reading = try? outbox.read()
        let problem: String? = switch report.failure {
        case nil: nil
        case .denied?: "the LRS refused the credentials"
        case .unavailable?: "LRS unreachable"
        case .files?: "the outbox cannot be read"
        }
        return SyncState(waiting: reading?.pending.count ?? report.pending, lastSent: reading?.lastSent, problem: problem)
    }
}
