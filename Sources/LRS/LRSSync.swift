import Foundation
import QuizCore

/// Sends a profile's outbox to the LRS: batches as JSON arrays, each marked sent only once the LRS confirmed it.
/// A refused batch (409 or 400) is sent again one statement at a time, and the statements the LRS still refuses
/// are set aside with its reason. A failing or unreachable LRS is tried again a few times with growing pauses,
/// then the run stops and everything unsent stays queued; a denied one (401, 403) stops at once.
public struct LRSSync: Sendable {
    /// Statements per POST (BENCHMARKS.md gives the measurements it was chosen from).
    public static let batchSize = 500
    /// Tries of one batch in one run before it gives up on a failing or unreachable LRS.
    public static let attempts = 3
    /// The pause before the second try; each later pause is twice the one before.
    public static let firstPause = Duration.milliseconds(500)

    public let outbox: Outbox
    public let client: LRSClient
    public var batchSize = LRSSync.batchSize
    public var attempts = LRSSync.attempts

    public init(outbox: Outbox, client: LRSClient) {
        self.outbox = outbox
        self.client = client
    }

    /// One run over what is pending now; `now` stamps the ledgers.
    public func run(now: @Sendable () -> Date = Date.init) async -> SyncReport {
        var report = SyncReport()
        let reading: OutboxReading
        do {
            reading = try outbox.read()
        } catch {
            report.failure = .files(error.description)
            return report
        }
        report.pending = reading.pending.count
        var start = 0
        while start < reading.pending.count {
            let batch = Array(reading.pending[start..<min(start + batchSize, reading.pending.count)])
            start += batch.count
            switch await send(batch, now: now, report: &report) {
            case .none: report.pending -= batch.count
            case .some(let failure):
                report.failure = failure
                return report
            }
        }
        do {
            let after = try outbox.read()
            report.pending = after.pending.count
            try outbox.emptyIfAllSent(after, at: now())
        } catch {
            report.failure = .files(error.description)
        }
        return report
    }

    /// Sends one batch; nil when every statement in it is now sent or set aside.
    private func send(_ batch: [QueuedStatement], now: @Sendable () -> Date, report: inout SyncReport) async -> SyncFailure? {
        switch await postTrying(batch) {
        case .stored:
            if let failure = record({ () throws(ProgressError) in try outbox.markSent(batch.map(\.id), at: now()) }) { return failure }
            report.sent += batch.count
            return nil
        case .refused where batch.count > 1:
            for statement in batch {
                if let failure = await send([statement], now: now, report: &report) { return failure }
            }
            return nil
        case .refused(_, let reason):
            guard let statement = batch.first else { return nil }
            if let failure = record({ () throws(ProgressError) in try outbox.markRefused(statement.id, reason: reason, at: now()) }) {
                return failure
            }
            report.refused += 1
            return nil
        case .denied(let status, let reason):
            return .denied(endpoint: client.connection.endpoint, status: status, reason: reason)
        case .failing(_, let reason):
            return .unavailable(endpoint: client.connection.endpoint, cause: reason)
        case .unreachable(let cause):
            return .unavailable(endpoint: client.connection.endpoint, cause: cause)
        }
    }

    /// POSTs `batch`, trying again after a pause while the LRS fails or cannot be reached.
    private func postTrying(_ batch: [QueuedStatement]) async -> PostOutcome {
        var pause = Self.firstPause
        var outcome = PostOutcome.unreachable(cause: "not tried")
        for attempt in 1...max(1, attempts) {
            outcome = await client.post(batch.map(\.body))
            switch outcome {
            case .failing, .unreachable:
                if attempt < attempts {
                    try? await Task.sleep(for: pause)
                    pause *= 2
                }
            default:
                return outcome
            }
        }
        return outcome
    }

    private func record(_ write: () throws(ProgressError) -> Void) -> SyncFailure? {
        do {
            try write()
            return nil
        } catch {
            return .files(error.description)
        }
    }
}

/// What one sync run did.
public struct SyncReport: Equatable, Sendable {
    /// Statements the LRS confirmed in this run.
    public var sent = 0
    /// Statements set aside in this run because the LRS holds them differently or cannot take them.
    public var refused = 0
    /// Statements still queued after the run.
    public var pending = 0
    /// Why the run stopped early; nil when it sent everything it could.
    public var failure: SyncFailure?

    public init() {}
}

/// Why a sync run stopped with statements still queued.
public enum SyncFailure: Equatable, Sendable, CustomStringConvertible {
    /// 401 or 403.
    case denied(endpoint: String, status: Int, reason: String)
    /// 5xx, refused connections, timeouts, after the tries of one run.
    case unavailable(endpoint: String, cause: String)
    /// The outbox's files could not be read or written.
    case files(String)

    public var description: String {
        switch self {
        case let .denied(endpoint, status, reason):
            "the LRS at \(endpoint) refused the credentials (\(reason)): check the key and secret the policy names"
                + (status == 403 ? " and that the key may write statements" : "")
        case let .unavailable(endpoint, cause):
            "the LRS at \(endpoint) could not be reached: \(cause)"
        case .files(let reason):
            reason
        }
    }
}
