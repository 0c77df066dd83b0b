import ArgumentParser
import Foundation
import LRS
import QuizCore

struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Send this profile's records to the learning record store (LRS) the policy names.",
        discussion: """
            Every answer, exam, module result and completion is queued in the data directory (PROFILE.outbox) when \
            it is saved, and sent in batches as xAPI 1.0.3 statements; a statement is marked sent only once the LRS \
            confirms it. A profile with records from before it had an LRS has them all queued on its first sync. \
            Exit codes: 0 all sent; 69 the LRS could not be reached or failed (nothing lost: run sync again); \
            77 the LRS refused the key and secret; 64 no LRS named; 74 the secret or the data files cannot be read.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Option(name: .customLong("lrs"), help: ArgumentHelp("The LRS's xAPI address, instead of the policy's lrs endpoint.", valueName: "url"))
    var endpoint: String?

    @Flag(help: "Print how many statements are queued, sent and set aside, and when the last was sent; send nothing.")
    var status = false

    @Flag(name: .customLong("dry-run"), help: "Print the statements that would be sent; send nothing and change nothing.")
    var dryRun = false

    @Option(help: ArgumentHelp("Seconds one request to the LRS may take before it counts as unanswered.", valueName: "seconds"))
    var timeout: Int = 20

    @Option(name: .customLong("batch-size"), help: .hidden)
    var batchSize: Int = LRSSync.batchSize

    func validate() throws {
        try (1...600).check(timeout, option: "--timeout")
        try (1...10_000).check(batchSize, option: "--batch-size")
        if status && dryRun { throw ValidationError("--status and --dry-run are two different things: give one.") }
    }

    func run() throws {
        try reportingFailures { () throws(Failure) in
            let workspace = try Workspace.open(options, exclusive: !status && !dryRun)
            let target = try LRSTarget.resolve(workspace, endpoint: endpoint)
            let outbox = Outbox(store: workspace.store)
            let all = target.export.statements(workspace.progress, bank: workspace.bank)
            let reading = try read(outbox)
            let missing = all.filter { !reading.knows($0.id) }
            if status {
                try StandardStreams.write(SyncStatus(reading: reading, unqueued: missing.count, endpoint: target.settings.endpoint).text)
            } else if dryRun {
                try printDryRun(reading: reading, missing: missing, endpoint: target.settings.endpoint)
            } else {
                try send(outbox, missing: missing, target: target)
            }
        }
    }

    private func read(_ outbox: Outbox) throws(Failure) -> OutboxReading {
        do {
            return try outbox.read()
        } catch {
            throw Failure(error.description, code: error.isBadData ? .data : .io)
        }
    }

    private func send(_ outbox: Outbox, missing: [XAPIStatement], target: LRSTarget) throws(Failure) {
        do {
            try outbox.queue(missing)
        } catch {
            throw Failure("cannot queue statements: \(error)", code: .io)
        }
        let connection = try target.connection(timeout: .seconds(timeout))
        let batchSize = batchSize
        let report = waitFor {
            let client = LRSClient(connection)
            var sync = LRSSync(outbox: outbox, client: client)
            sync.batchSize = batchSize
            let report = await sync.run()
            await client.shutdown()
            return report
        }
        var summary = "Sent \(report.sent) statement\(report.sent == 1 ? "" : "s") to \(target.settings.endpoint)"
        if report.refused > 0 { summary += "; \(report.refused) set aside, the LRS holding them differently (sync --status says why)" }
        summary += report.pending > 0 ? "; \(report.pending) still queued.\n" : "; none left queued.\n"
        try StandardStreams.write(summary)
        switch report.failure {
        case nil: return
        case .denied?: throw Failure("\(report.failure!); nothing was lost: \(report.pending) statements stay queued", code: .denied)
        case .unavailable?: throw Failure("\(report.failure!); nothing was lost: \(report.pending) statements stay queued, run sync again later", code: .unavailable)
        case .files(let reason)?: throw Failure(reason, code: .io)
        }
    }

    private func printDryRun(reading: OutboxReading, missing: [XAPIStatement], endpoint: String) throws(Failure) {
        let count = reading.pending.count + missing.count
        var text = "Would send \(count) statement\(count == 1 ? "" : "s") to \(endpoint) (nothing sent, nothing changed):\n"
        for statement in reading.pending {
            text += String(decoding: statement.body, as: UTF8.self) + "\n"
        }
        let encoder = XAPIStatement.encoder()
        for statement in missing {
            text += String(decoding: (try? encoder.encode(statement)) ?? Data(), as: UTF8.self) + "\n"
        }
        try StandardStreams.write(text)
    }
}

/// What `sync --status` prints.
struct SyncStatus {
    let reading: OutboxReading
    /// Records saved without being queued (a history from before the LRS); the next sync queues them.
    let unqueued: Int
    let endpoint: String

    var text: String {
        var lines = ["LRS: \(endpoint)"]
        lines.append("Queued: \(reading.pending.count + unqueued)" + (unqueued > 0 ? " (\(unqueued) of them from earlier records, queued by the next sync)" : ""))
        let last = reading.lastSent.map { " (last sent \(ISODate.text($0)))" } ?? ""
        lines.append("Sent: \(reading.sent.count)\(last)")
        lines.append("Set aside: \(reading.refused.count)" + (reading.refused.isEmpty ? "" : " (the LRS would not take them; they are not sent again):"))
        for (id, reason) in reading.refused.sorted(by: { $0.key < $1.key }) {
            lines.append("  \(id): \(reason)")
        }
        if reading.damagedLines > 0 {
            lines.append("Damaged lines in the outbox files, not counted: \(reading.damagedLines)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
