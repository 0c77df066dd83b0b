import Foundation

/// Evidence that a learner passed every training module: who, when, at which pass mark, each module's passing
/// score, and the bank it was taken on. Written once, when the last module is passed.
public struct CompletionRecord: Codable, Equatable, Sendable {
    public var profile: String
    public var completedAt: Date
    public var passMark: PassMark
    /// The fingerprint of the bank in use when training was completed (see `BankFingerprint`).
    public var bankFingerprint: String
    /// Every module, in the training's order.
    public var modules: [CompletedModule]
    /// The policy in force when the training was completed (see `Policy`); absent when there was none, and in
    /// records written before policies existed.
    public var policyId: String?
    public var policyVersion: Int?

    /// How one module was passed: its latest passing attempt.
    public struct CompletedModule: Codable, Equatable, Sendable {
        public var id: String
        public var title: String
        public var correct: Int
        public var total: Int
        /// `correct / total`, from 0 to 1.
        public var score: Double
        public var passedAt: Date
        public var testedOut: Bool

        public init(_ result: ModuleResult) {
            id = result.moduleID
            title = result.title
            correct = result.correct
            total = result.total
            score = result.score
            passedAt = result.finishedAt
            testedOut = result.testedOut
        }
    }

    /// The record when every module has a result that reaches `passMark`, each module's latest such result; nil otherwise.
    public init?(
        profile: String, modules: [TrainingModule], results: [ModuleResult], passMark: PassMark, bankFingerprint: String,
        completedAt: Date
    ) {
        var completed: [CompletedModule] = []
        for module in modules {
            guard let pass = Self.latestPass(of: module.id, in: results, passMark: passMark) else { return nil }
            completed.append(CompletedModule(pass))
        }
        guard !completed.isEmpty else { return nil }
        self.profile = profile
        self.completedAt = completedAt
        self.passMark = passMark
        self.bankFingerprint = bankFingerprint
        self.modules = completed
    }

    /// The latest result for the module that reaches the pass mark in force now, whatever mark it was taken under.
    static func latestPass(of moduleID: String, in results: [ModuleResult], passMark: PassMark) -> ModuleResult? {
        results.last { $0.moduleID == moduleID && passMark.isMet(correct: $0.correct, total: $0.total) }
    }
}
