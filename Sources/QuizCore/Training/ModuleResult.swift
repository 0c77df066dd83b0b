import Foundation

/// One attempt at a module's questions, kept in the progress file as evidence: every attempt, passed or not.
/// The training session is built again from these, so a learner carries on where they left off.
public struct ModuleResult: Codable, Equatable, Sendable {
    public var moduleID: String
    /// The module's title when it was taken.
    public var title: String
    public var correct: Int
    public var total: Int
    /// `correct / total`, from 0 to 1 (`TrainingScore.fraction`).
    public var score: Double
    /// The pass mark the attempt was judged by.
    public var passMark: PassMark
    public var passed: Bool
    /// The learner went straight to the questions from the module's first page, skipping the teaching text.
    public var testedOut: Bool
    public var startedAt: Date
    /// When the last answer was given.
    public var finishedAt: Date
    /// The session id the attempt's answers were saved under.
    public var session: String
    /// The fingerprint of the bank the attempt was taken on (see `BankFingerprint`).
    public var bankFingerprint: String
    /// The questions asked, in the order asked.
    public var questionIds: [String]

    public init(
        moduleID: String, title: String, correct: Int, total: Int, passMark: PassMark, testedOut: Bool,
        startedAt: Date, finishedAt: Date, session: String, bankFingerprint: String, questionIds: [String]
    ) {
        self.moduleID = moduleID
        self.title = title
        self.correct = correct
        self.total = total
        self.score = TrainingScore(correct: correct, total: total).fraction
        self.passMark = passMark
        self.passed = passMark.isMet(correct: correct, total: total)
        self.testedOut = testedOut
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.session = session
        self.bankFingerprint = bankFingerprint
        self.questionIds = questionIds
    }

    enum CodingKeys: String, CodingKey {
        case moduleID = "moduleId"
        case title, correct, total, score, passMark, passed, testedOut, startedAt, finishedAt, session, bankFingerprint, questionIds
    }
}
