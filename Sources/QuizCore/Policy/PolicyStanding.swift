import Foundation

/// Where a learner stands against a policy at a moment: compliant, or why not. One judgement for the home screen
/// and the team report, a pure function of the policy, the learner's training records and the time.
public struct PolicyStanding: Codable, Equatable, Sendable {
    public enum Status: String, Codable, Sendable, CaseIterable {
        /// A completion that counts: every required module, at the policy's pass mark or above, on an accepted
        /// bank, and not expired.
        case compliant
        /// The only completions that would count are older than `validForMonths`.
        case expired
        /// No completion counts and the due date has passed (`detail` says what there is).
        case overdue
        /// The latest completion was at a pass mark below the policy's minimum.
        case belowPassMark = "below-pass-mark"
        /// The latest completion was on a question bank the policy does not accept.
        case otherBank = "other-bank"
        /// Some required modules are passed, not all.
        case inProgress = "in-progress"
        /// No required module attempted.
        case notStarted = "not-started"
    }

    public let status: Status
    /// What lies under an `overdue`: not started, in progress, below the pass mark or another bank; else `status`.
    public let detail: Status
    public let dueDate: PolicyDay
    /// Compliant: until when the completion counts (null when it never expires); expired: when it stopped counting.
    public let validUntil: Date?
    /// The completion judged: the one that counts, the expired one, or the latest that does not count.
    public let completedAt: Date?
    public let completionPassMark: PassMark?
    public let completionFingerprint: String?
    /// Required modules passed at the training's pass mark on an accepted bank recently enough to count.
    public let modulesPassed: Int
    public let modulesRequired: Int
    public let minimumPassMark: PassMark

    /// Judges `completions` and `results` against `policy` at `now`; `trainingPassMark` is the mark the training
    /// passes modules at (see `Policy.trainingPassMark`), which decides the modules counted as passed.
    public static func judge(
        _ policy: Policy, completions: [CompletionRecord], results: [ModuleResult], trainingPassMark: PassMark, now: Date
    ) -> PolicyStanding {
        let required = Set(policy.requiredModules)
        let covering = completions.filter { required.isSubset(of: $0.modules.map(\.id)) }
        let counting = covering.filter {
            $0.passMark.percent >= policy.minimumPassMark.percent && policy.accepts(bankFingerprint: $0.bankFingerprint)
        }
        let valid = counting.filter { record in policy.expiry(ofCompletionAt: record.completedAt).map { now < $0 } ?? true }
        let passed = Set(results.filter {
            required.contains($0.moduleID) && trainingPassMark.isMet(correct: $0.correct, total: $0.total) && policy.counts($0, at: now)
        }.map(\.moduleID))
        let latest = { (records: [CompletionRecord]) in records.max { $0.completedAt < $1.completedAt } }

        let judged: CompletionRecord?
        let status: Status
        var detail: Status
        var validUntil: Date?
        if let record = latest(valid) {
            (judged, status, detail) = (record, .compliant, .compliant)
            validUntil = policy.expiry(ofCompletionAt: record.completedAt)
        } else if let record = latest(counting) {
            (judged, status, detail) = (record, .expired, .expired)
            validUntil = policy.expiry(ofCompletionAt: record.completedAt)
        } else {
            judged = latest(covering)
            if let judged {
                detail = judged.passMark.percent < policy.minimumPassMark.percent ? .belowPassMark : .otherBank
            } else {
                detail = results.contains { required.contains($0.moduleID) } ? .inProgress : .notStarted
            }
            status = now >= policy.dueDate.end ? .overdue : detail
        }
        return PolicyStanding(
            status: status, detail: detail, dueDate: policy.dueDate, validUntil: validUntil, completedAt: judged?.completedAt,
            completionPassMark: judged?.passMark, completionFingerprint: judged?.bankFingerprint, modulesPassed: passed.count,
            modulesRequired: required.count, minimumPassMark: policy.minimumPassMark
        )
    }

    /// The same standing for someone with no progress file at all.
    public static func nothingYet(_ policy: Policy, now: Date) -> PolicyStanding {
        judge(policy, completions: [], results: [], trainingPassMark: policy.minimumPassMark, now: now)
    }

    public var modulesLeft: Int {
        modulesRequired - modulesPassed
    }
}
