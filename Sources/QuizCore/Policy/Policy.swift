import Foundation

/// An organisation's rules for the awareness training, as a trainer distributes them in a policy file: the least
/// pass mark, the modules to pass, the banks whose completions count, when training is due and how long a
/// completion stays valid. A `Policy` is only ever made whole by `PolicyLoader`, checked against the bank in use.
public struct Policy: Equatable, Sendable {
    public static let formatName = "srm-quiz-policy"
    public static let currentSchemaVersion = 1

    public let id: String
    public let version: Int
    /// No training under the policy passes a module below this mark, and no completion below it counts.
    public let minimumPassMark: PassMark
    /// The ids of the modules to pass, in the training's order: the policy's list, or every module of the bank.
    public let requiredModules: [String]
    /// True when the policy names its modules; false when it requires every module of the bank.
    public let namesModules: Bool
    /// SHA-256 fingerprints (lowercase hex) of the banks whose completions count; empty for any bank.
    public let acceptedBankFingerprints: [String]
    public let dueDate: PolicyDay
    /// How long a completion stays valid, in calendar months; nil when it never expires.
    public let validForMonths: Int?
    /// The file it was read from.
    public let file: String
    /// The learning record store the learners' records are sent to; nil when the policy names none.
    public let lrs: LRSSettings?

    public init(
        id: String, version: Int, minimumPassMark: PassMark, requiredModules: [String], namesModules: Bool,
        acceptedBankFingerprints: [String], dueDate: PolicyDay, validForMonths: Int?, file: String, lrs: LRSSettings? = nil
    ) {
        self.id = id
        self.version = version
        self.minimumPassMark = minimumPassMark
        self.requiredModules = requiredModules
        self.namesModules = namesModules
        self.acceptedBankFingerprints = acceptedBankFingerprints
        self.dueDate = dueDate
        self.validForMonths = validForMonths
        self.file = file
        self.lrs = lrs
    }

    /// `acme-2026 v3`.
    public var name: String {
        "\(id) v\(version)"
    }

    /// What training under the policy passes a module at when no pass mark is asked for: the higher of the
    /// policy's minimum and the bank's own.
    public func trainingPassMark(bankMark: PassMark) -> PassMark {
        bankMark.percent >= minimumPassMark.percent ? bankMark : minimumPassMark
    }

    /// The bank's modules the policy requires, in the training's order.
    public func modules(of bank: Bank) -> [TrainingModule] {
        bank.trainingModules.filter { requiredModules.contains($0.id) }
    }

    public func accepts(bankFingerprint: String) -> Bool {
        acceptedBankFingerprints.isEmpty || acceptedBankFingerprints.contains(bankFingerprint.lowercased())
    }

    /// When a completion made at `date` stops being valid; nil when completions never expire.
    public func expiry(ofCompletionAt date: Date) -> Date? {
        validForMonths.map { PolicyDay.adding(months: $0, to: date) }
    }

    /// Whether a module result can still be part of a completion that counts at `now`: taken on an accepted bank,
    /// and not longer ago than a completion stays valid.
    public func counts(_ result: ModuleResult, at now: Date) -> Bool {
        guard accepts(bankFingerprint: result.bankFingerprint) else { return false }
        guard let months = validForMonths else { return true }
        return PolicyDay.adding(months: months, to: result.finishedAt) > now
    }
}

/// The policy a completion record was made under: its id and version.
public struct PolicyStamp: Equatable, Sendable {
    public let id: String
    public let version: Int

    public init(id: String, version: Int) {
        self.id = id
        self.version = version
    }
}
