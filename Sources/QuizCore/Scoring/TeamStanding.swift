import Foundation

/// A trainer's compliance view of collected progress files: each person of the roster (or, without one, each
/// learner found) judged against the policy in force, those found but not on the roster apart, with what was
/// skipped and why. Without a policy, each learner is `completed`, `in-progress` or `not-started`.
public struct TeamStanding: Codable, Equatable, Sendable, EveryKeyEncodable {
    /// The policy judged against, as the report states it.
    public struct PolicySummary: Codable, Equatable, Sendable, EveryKeyEncodable {
        public let id: String
        public let version: Int
        public let file: String
        public let minimumPassMark: PassMark
        public let requiredModules: [String]
        public let acceptedBankFingerprints: [String]
        public let dueDate: PolicyDay
        public let validForMonths: Int?
    }

    /// One person or learner: who (from the roster), which file, the status and its reason, and the training,
    /// exam and answer figures.
    public struct Row: Codable, Equatable, Sendable, EveryKeyEncodable {
        public let login: String?
        public let name: String?
        public let email: String?
        public let employeeId: String?
        public let team: String?
        /// True on the roster, false found in a file but not on it; null without a roster.
        public let onRoster: Bool?
        public let profile: String?
        public let file: String?
        public let status: String
        public let reason: String
        public let trainingCompleted: Bool
        /// The completion shown: the one the policy judged, else the latest.
        public let completedAt: Date?
        public let passMarkPercent: Int?
        /// Right answers over questions asked in that completion's modules, 0 to 1.
        public let trainingScore: Double?
        public let modulesPassed: Int
        public let modulesRequired: Int
        /// The policy in force, which `status` is judged against.
        public let policyId: String?
        public let policyVersion: Int?
        public let validUntil: Date?
        public let dueDate: PolicyDay?
        public let bankFingerprint: String?
        /// The policy the completion shown was made under, as its record says.
        public let completionPolicyId: String?
        public let completionPolicyVersion: Int?
        public let examBestScaledEstimate: Int?
        public let examBestPassed: Bool?
        public let answered: Int
        /// Credit earned over every answer (a half-right drill cell counts 0.5).
        public let correct: Double
        public let accuracy: Double?
        /// Other files of the same learner that were not used.
        public let note: String?
    }

    public let directory: String
    public let policy: PolicySummary?
    public let roster: String?
    public let people: [Row]
    public let notOnRoster: [Row]
    public let skipped: [TeamDirectory.Skipped]
    public let duplicates: [TeamDirectory.Duplicate]
    public let rosterProblems: [Roster.Problem]

    public init(_ contents: TeamDirectory.Contents, bank: Bank, policy: Policy?, roster: Roster?, now: Date) {
        directory = contents.directory.isFileURL ? contents.directory.path : contents.directory.absoluteString
        self.policy = policy.map {
            PolicySummary(
                id: $0.id, version: $0.version, file: $0.file, minimumPassMark: $0.minimumPassMark, requiredModules: $0.requiredModules,
                acceptedBankFingerprints: $0.acceptedBankFingerprints, dueDate: $0.dueDate, validForMonths: $0.validForMonths
            )
        }
        self.roster = roster?.file
        skipped = contents.skipped
        duplicates = contents.duplicates
        rosterProblems = roster?.problems ?? []
        let row = { (person: Roster.Person?, learner: TeamDirectory.Learner?) in
            Self.row(person: person, learner: learner, onRoster: roster.map { _ in person != nil }, bank: bank, policy: policy,
                     duplicates: contents.duplicates, now: now)
        }
        guard let roster else {
            people = contents.learners.map { row(nil, $0) }
            notOnRoster = []
            return
        }
        let byProfile = Dictionary(contents.learners.map { ($0.progress.profile, $0) }, uniquingKeysWith: { first, _ in first })
        people = roster.people.map { person in row(person, byProfile[person.login]) }
        let logins = Set(roster.people.map(\.login))
        notOnRoster = contents.learners.filter { !logins.contains($0.progress.profile) }.map { row(nil, $0) }
    }

    private static func row(
        person: Roster.Person?, learner: TeamDirectory.Learner?, onRoster: Bool?, bank: Bank, policy: Policy?,
        duplicates: [TeamDirectory.Duplicate], now: Date
    ) -> Row {
        let progress = learner?.progress
        let completions = progress?.completions ?? []
        let results = progress?.trainingResults ?? []
        let figures = learner.map { TeamRow($0, bank: bank) }
        let status: String
        var reason: String
        let shown: CompletionRecord?
        let modulesPassed: Int
        let modulesRequired: Int
        var standing: PolicyStanding?
        if let policy {
            let judged = PolicyStanding.judge(
                policy, completions: completions, results: results,
                trainingPassMark: policy.trainingPassMark(bankMark: bank.trainingPassMark), now: now
            )
            standing = judged
            status = judged.status.rawValue
            reason = judged.reason
            shown = completions.last { $0.completedAt == judged.completedAt } ?? completions.max { $0.completedAt < $1.completedAt }
            (modulesPassed, modulesRequired) = (judged.modulesPassed, judged.modulesRequired)
        } else {
            shown = completions.max { $0.completedAt < $1.completedAt }
            (modulesPassed, modulesRequired) = (figures?.modulesPassed ?? 0, bank.trainingModules.count)
            let left = modulesRequired - modulesPassed
            if shown != nil {
                (status, reason) = ("completed", "")
            } else if results.isEmpty {
                (status, reason) = ("not-started", "")
            } else {
                (status, reason) = ("in-progress", "\(left) of \(modulesRequired) module\(modulesRequired == 1 ? "" : "s") left")
            }
        }
        if learner == nil { reason = "no progress file collected" + (reason.isEmpty ? "" : "; " + reason) }
        let others = duplicates.filter { $0.used == learner?.file }.map(\.file)
        let score = shown.map(TrainingScore.init)
        return Row(
            login: person?.login, name: person?.name, email: person?.email, employeeId: person?.employeeId, team: person?.team,
            onRoster: onRoster, profile: progress?.profile, file: learner?.file, status: status, reason: reason,
            trainingCompleted: shown != nil, completedAt: shown?.completedAt, passMarkPercent: shown?.passMark.percent,
            trainingScore: score.flatMap { $0.total > 0 ? $0.fraction : nil }, modulesPassed: modulesPassed,
            modulesRequired: modulesRequired, policyId: policy?.id, policyVersion: policy?.version, validUntil: standing?.validUntil,
            dueDate: policy?.dueDate, bankFingerprint: shown?.bankFingerprint, completionPolicyId: shown?.policyId,
            completionPolicyVersion: shown?.policyVersion, examBestScaledEstimate: figures?.examBestScaledEstimate,
            examBestPassed: figures?.examBestPassed, answered: figures?.answered ?? 0, correct: figures?.correct ?? 0,
            accuracy: figures?.accuracy, note: others.isEmpty ? nil : "also in \(others.joined(separator: ", ")), no newer, not used"
        )
    }

    /// Everything as JSON: keys sorted and always present (null where there is nothing), dates ISO 8601 in UTC.
    public func json() -> String {
        let data = (try? ProgressCoding.encoder().encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
