import Foundation
import Glibc
import QuizCore

/// The LRS figures, against a running LRS the caller names (`scripts/bench-sync.sh` starts a fresh Ralph for each
/// run): queueing a 100,000-answer history's statements, sending them with `srm-quiz sync` at one batch size, and
/// the cold start to the first frame with and without a policy naming that LRS.
enum SyncFigures {
    struct Target {
        let endpoint: String
        let key: String
        /// The environment variable the policy names for the secret (set in this process, inherited by srm-quiz).
        let secretVariable: String
    }

    static func measure(_ target: Target, statements: Int, batchSize: Int, runs: Int, work: URL) throws -> [Figure] {
        let folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let app = folder.appendingPathComponent("srm-quiz").path
        let data = work.appendingPathComponent("data")
        let policy = work.appendingPathComponent("policy.json")
        try Data("""
            {"format": "srm-quiz-policy", "schemaVersion": 1, "id": "bench", "version": 1, "minimumPassMark": 80,
             "dueDate": "2099-12-31", "lrs": {"endpoint": "\(target.endpoint)", "key": "\(target.key)",
             "secretEnvironment": "\(target.secretVariable)", "actor": "account", "homePage": "https://bench.example.com"}}
            """.utf8).write(to: policy)
        let plainPolicy = work.appendingPathComponent("policy-without-lrs.json")
        try Data("""
            {"format": "srm-quiz-policy", "schemaVersion": 1, "id": "bench", "version": 1, "minimumPassMark": 80, "dueDate": "2099-12-31"}
            """.utf8).write(to: plainPolicy)

        let profile = "sync-\(getpid())"
        let store = ProgressStore(dataDirectory: data, profile: try ProfileName(profile))
        let progress = ProfileGenerator.progress(answers: statements, profile: profile, endingAt: Date())
        try store.save(progress)
        let bank = try BankLoader.load(directory: try BundledBank.locate())
        let export = XAPIExport(actor: .account(homePage: "https://bench.example.com", name: profile))
        let queueStart = Measure.now()
        try Outbox(store: store).queue(export.statements(progress, bank: bank))
        let queueSeconds = Measure.now() - queueStart

        let sendStart = Measure.now()
        let status = try Measure.run(app, ["sync", "--policy", policy.path, "--data-dir", data.path, "--profile", profile, "--batch-size", "\(batchSize)", "--timeout", "120"])
        let sendSeconds = Measure.now() - sendStart
        guard status == 0 else { throw BenchFailure("srm-quiz sync exited \(status)") }
        let left = try Outbox(store: store).read().pending.count
        guard left == 0 else { throw BenchFailure("srm-quiz sync left \(left) statements queued") }

        let environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "SRM_QUIZ_HOME": work.appendingPathComponent("home").path,
                           target.secretVariable: ProcessInfo.processInfo.environment[target.secretVariable] ?? ""]
        let without = try Measure.median(runs: runs) {
            _ = try ColdStart.seconds(app, ["--profile", "bench", "--policy", plainPolicy.path], until: "Question bank:", environment: environment)
        }
        let with = try Measure.median(runs: runs) {
            _ = try ColdStart.seconds(app, ["--profile", "bench", "--policy", policy.path], until: "Question bank:", environment: environment)
        }
        return [
            Figure(name: "queue the statements of \(statements) answers (first sync of a history)", value: queueSeconds, unit: "s", limit: nil),
            Figure(name: "sync \(statements) queued statements, batches of \(batchSize)", value: sendSeconds, unit: "s", limit: nil),
            Figure(name: "sync rate, batches of \(batchSize)", value: Double(statements) / sendSeconds, unit: "statements/s", limit: nil),
            Figure(name: "cold start to the first frame, policy without an LRS", value: without * 1000, unit: "ms", limit: nil),
            Figure(name: "cold start to the first frame, policy naming an LRS", value: with * 1000, unit: "ms", limit: without * 1000 * 1.1),
        ]
    }

}
