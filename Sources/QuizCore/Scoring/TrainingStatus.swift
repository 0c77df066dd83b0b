import Foundation

/// Where a learner stands in the awareness training: the bank's modules passed so far, and the latest completion
/// record if there is one (evidence for a learning or HR system).
public struct TrainingStatus: Codable, Equatable, Sendable {
    /// A module of the bank's training.
    public struct Module: Codable, Equatable, Sendable {
        public let id: String
        public let title: String
    }

    /// How many modules the bank's training has.
    public let modulesTotal: Int
    /// How many of them have a passed attempt.
    public let modulesPassed: Int
    /// The modules without a passed attempt, in the training's order.
    public let modulesRemaining: [Module]
    /// True once a completion record was written.
    public let completed: Bool
    /// The latest completion record's date; null until completed.
    public let completedAt: Date?
    /// The pass mark the latest completion was judged by, from 0 to 1; null until completed.
    public let passMark: Double?
    /// The latest completion's training score (pooled over its modules, see `TrainingScore`), written as
    /// `{"correct", "total", "fraction"}`; null until completed.
    public let score: TrainingScore?
    /// The fingerprint of the bank the training was completed on; null until completed.
    public let bankFingerprint: String?

    /// The first characters of the fingerprint, enough to tell banks apart on screen.
    public static let shortFingerprintLength = 12

    init(progress: ProgressFile, modules: [TrainingModule]) {
        let passedIDs = Set(progress.trainingResults.filter(\.passed).map(\.moduleID))
        modulesTotal = modules.count
        modulesPassed = modules.count { passedIDs.contains($0.id) }
        modulesRemaining = modules.filter { !passedIDs.contains($0.id) }.map { Module(id: $0.id, title: $0.title) }
        let completion = progress.completions.max { $0.completedAt < $1.completedAt }
        completed = completion != nil
        completedAt = completion?.completedAt
        passMark = completion?.passMark.fraction
        score = completion.map(TrainingScore.init)
        bankFingerprint = completion?.bankFingerprint
    }

    public var shortFingerprint: String? {
        bankFingerprint.map { String($0.prefix(Self.shortFingerprintLength)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(modulesTotal, forKey: .modulesTotal)
        try container.encode(modulesPassed, forKey: .modulesPassed)
        try container.encode(modulesRemaining, forKey: .modulesRemaining)
        try container.encode(completed, forKey: .completed)
        try container.encode(completedAt, forKey: .completedAt)
        try container.encode(passMark, forKey: .passMark)
        try container.encode(score, forKey: .score)
        try container.encode(bankFingerprint, forKey: .bankFingerprint)
    }
}
