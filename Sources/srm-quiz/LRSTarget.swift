import Foundation
import LRS
import QuizCore

/// The learning record store a profile's records go to: the policy's `lrs` section, its endpoint replaced by
/// `--lrs URL` when given, with the learner named as the policy says.
struct LRSTarget {
    let settings: LRSSettings
    let export: XAPIExport

    /// The target for `workspace`, or why there is none (64: no policy with an lrs section; 65: a roster that
    /// does not name the learner, a bad --lrs).
    static func resolve(_ workspace: Workspace, endpoint override: String?) throws(Failure) -> LRSTarget {
        guard let policy = workspace.policy else {
            throw Failure("no LRS to send to: no policy is in force (give --policy FILE with an lrs section, or set $SRM_QUIZ_POLICY)", code: .usage)
        }
        guard var settings = policy.lrs else {
            throw Failure("no LRS to send to: the policy \(policy.file) has no lrs section (endpoint, key, secret, actor: see the README)", code: .usage)
        }
        if let override {
            if let problem = LRSSettings.endpointProblem(override) { throw Failure("--lrs: \(problem)", code: .usage) }
            settings = settings.with(endpoint: override)
        }
        do {
            let actor = try settings.actor(for: workspace.profile.value)
            return LRSTarget(settings: settings, export: XAPIExport(actor: actor))
        } catch {
            throw Failure(error.description, code: .data)
        }
    }

    /// The export that queues a workspace's records as they are saved: nil without an LRS, or when the learner
    /// cannot be named yet (`sync` then says why, and queues what is missing).
    static func queueingExport(for policy: Policy?, profile: ProfileName) -> XAPIExport? {
        guard let settings = policy?.lrs, let actor = try? settings.actor(for: profile.value) else { return nil }
        return XAPIExport(actor: actor)
    }

    /// A connection with the secret read now (74 when it cannot be: the message names where it was looked for).
    func connection(timeout: Duration) throws(Failure) -> LRSConnection {
        do {
            let secret = try settings.readSecret(environment: ProcessInfo.processInfo.environment)
            return LRSConnection(endpoint: settings.endpoint, key: settings.key, secret: secret, timeout: timeout)
        } catch {
            throw Failure(error.description, code: .io)
        }
    }
}

/// Runs `body` on the concurrency runtime and waits for it, for the synchronous commands.
func waitFor<T: Sendable>(_ body: @escaping @Sendable () async -> T) -> T {
    let box = WaitBox<T>()
    let done = DispatchSemaphore(value: 0)
    Task.detached {
        box.value = await body()
        done.signal()
    }
    done.wait()
    return box.value!
}

/// Where `waitFor`'s task leaves its result; written once before the semaphore is signalled, read after.
private final class WaitBox<T>: @unchecked Sendable {
    var value: T?
}
