import Foundation

/// The awareness training under way: the modules in their fixed order, every result so far, and what is on screen.
public struct TrainingSession: Equatable, Sendable {
    public let profile: String
    public let modules: [TrainingModule]
    public let passMark: PassMark
    /// The fingerprint of the bank the modules come from, written into every result.
    public let bankFingerprint: String
    /// Every result, oldest first: those the session was built from, then this session's.
    public var results: [ModuleResult]
    public var screen: Screen = .moduleList(highlighted: 0, notice: nil)
    /// The seed the next attempt's questions are drawn with.
    public var nextSeed: UInt64
    /// The completion record this session wrote, once the last module was passed.
    public var completion: CompletionRecord?
    /// The policy in force, written into the completion record; nil without one.
    public var policy: PolicyStamp?
    /// False under a policy the learner has no completion for yet: passing any module then completes the training,
    /// even when every module already counts as passed.
    public var holdsCompletion = true

    public enum Screen: Equatable, Sendable {
        /// The modules with their status; `highlighted` starts on the next module to take.
        case moduleList(highlighted: Int, notice: ListNotice?)
        /// A page of a module's teaching text.
        case page(module: Int, page: Int)
        /// A module's questions, one at a time, with feedback after each answer.
        case questions(module: Int, attempt: ModuleAttempt)
        /// The attempt just finished (its `result` is set), passed or not.
        case result(module: Int, attempt: ModuleAttempt)
        /// Every module is passed: the completion record.
        case completed(CompletionRecord)
    }

    /// Said under the module list when the learner chose a module that is still locked.
    public enum ListNotice: Equatable, Sendable {
        case locked(module: Int, passFirst: Int)
    }

    /// One go at a module's questions.
    public struct ModuleAttempt: Equatable, Sendable {
        /// The questions, answered as in practice; its id is the session id the answers are saved under.
        public var questions: PracticeSession
        /// Started from the first page with "test out", skipping the teaching text.
        public let testingOut: Bool
        public let startedAt: Date
        /// Set with the last answer.
        public var result: ModuleResult?
        /// The result passed the last module not yet passed.
        public var completesTraining: Bool

        public init(questions: PracticeSession, testingOut: Bool, startedAt: Date) {
            self.questions = questions
            self.testingOut = testingOut
            self.startedAt = startedAt
            self.result = nil
            self.completesTraining = false
        }
    }

    /// A session over `modules` that carries on from the learner's earlier results (from the progress file).
    public init(
        profile: String, modules: [TrainingModule], passMark: PassMark, bankFingerprint: String, earlierResults: [ModuleResult],
        seed: UInt64
    ) {
        self.profile = profile
        self.modules = modules
        self.passMark = passMark
        self.bankFingerprint = bankFingerprint
        self.results = earlierResults
        self.nextSeed = seed
        self.completion = nil
        self.screen = .moduleList(highlighted: nextModule ?? 0, notice: nil)
    }

    public func status(ofModule index: Int) -> ModuleStatus {
        let module = modules[index]
        if let pass = CompletionRecord.latestPass(of: module.id, in: results, passMark: passMark) {
            return .passed(pass)
        }
        if !isUnlocked(index) {
            return .locked
        }
        if let last = results.last(where: { $0.moduleID == module.id }) {
            return .notPassed(last)
        }
        return .notStarted
    }

    public func isPassed(_ index: Int) -> Bool {
        modules.indices.contains(index) && CompletionRecord.latestPass(of: modules[index].id, in: results, passMark: passMark) != nil
    }

    /// The first module may always be taken, every other once the one before it is passed; a passed module may be retaken.
    public func isUnlocked(_ index: Int) -> Bool {
        index == 0 || isPassed(index - 1) || isPassed(index)
    }

    /// The first module not yet passed, or nil when every module is.
    public var nextModule: Int? {
        modules.indices.first { !isPassed($0) }
    }

    public var passedCount: Int {
        modules.indices.filter(isPassed).count
    }

    public var allPassed: Bool {
        !modules.isEmpty && nextModule == nil
    }

    /// The attempt on screen, if any.
    public var attempt: ModuleAttempt? {
        if case .questions(_, let attempt) = screen { return attempt }
        return nil
    }

    /// True while a module's questions are being answered and its result is not yet in: leaving then abandons the attempt.
    public var isUnderWay: Bool {
        guard let attempt else { return false }
        return attempt.result == nil
    }
}

/// Where a learner stands with one module.
public enum ModuleStatus: Equatable, Sendable {
    /// The module before it is not passed yet.
    case locked
    /// Open to take, never tried.
    case notStarted
    /// Passed: the latest passing result.
    case passed(ModuleResult)
    /// Tried and not passed yet: the latest result.
    case notPassed(ModuleResult)
}
