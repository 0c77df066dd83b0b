import Foundation

/// Everything a profile has answered, as kept on disk (one JSON file per profile; see the README).
public struct ProgressFile: Codable, Equatable, Sendable, JSONReadable {
    public static let formatName = "srm-quiz-progress"
    /// 2 added `exams`, `trainingResults`, `completions` and `journalSequence`; older files are migrated when read (see `ProgressMigration`).
    public static let currentSchemaVersion = 2

    /// Always `srm-quiz-progress`: tells our files from any other JSON.
    public var format: String
    public var schemaVersion: Int
    public var profile: String
    public var createdAt: Date
    public var updatedAt: Date
    /// Every answer ever given, oldest first.
    public var answers: [AnswerRecord]
    /// Aggregates per question id, kept in step with `answers`.
    public var questions: [String: QuestionStats]
    /// Every mock exam finished, oldest first.
    public var exams: [ExamRecord]
    /// Every attempt at a training module, passed or not, oldest first.
    public var trainingResults: [ModuleResult]
    /// A record each time the whole training was completed, oldest first.
    public var completions: [CompletionRecord]
    /// The last journal entry (`PROFILE.journal`) folded into this file; later entries are replayed on reading.
    public var journalSequence: Int
    /// Every self-assessment finished, oldest first. Added without a new schema version: a file without the field
    /// (any written before it) has none.
    public var assessments: [AssessmentRecord] = []
    /// The day the learner sits the real exam, `YYYY-MM-DD` (`--exam-date`), for readiness's plan. Added without a
    /// new schema version: a file without the field has none.
    public var examDate: String?

    public init(profile: String, createdAt: Date) {
        format = Self.formatName
        schemaVersion = Self.currentSchemaVersion
        self.profile = profile
        self.createdAt = createdAt
        updatedAt = createdAt
        answers = []
        questions = [:]
        exams = []
        trainingResults = []
        completions = []
        journalSequence = 0
    }

    public init(from decoder: any Decoder) throws { try self.init(treeDecoder: decoder) }

    init(json fields: inout JSONFields) throws {
        format = try fields.requiredString("format")
        schemaVersion = try fields.requiredInt("schemaVersion")
        profile = try fields.requiredString("profile")
        createdAt = try fields.requiredValue("createdAt", as: Date.self)
        updatedAt = try fields.requiredValue("updatedAt", as: Date.self)
        answers = try fields.requiredList("answers", of: AnswerRecord.self)
        questions = try fields.required(fields.dictionary("questions", of: QuestionStats.self), "questions")
        exams = try fields.requiredValue("exams", as: [ExamRecord].self)
        trainingResults = try fields.requiredValue("trainingResults", as: [ModuleResult].self)
        completions = try fields.requiredValue("completions", as: [CompletionRecord].self)
        journalSequence = try fields.requiredInt("journalSequence")
        assessments = try fields.value("assessments", as: [AssessmentRecord].self) ?? []
        examDate = try fields.string("examDate")
        if let examDate, let problem = ProgressLimits.problem(examDate: examDate) { throw fields.invalid("examDate", problem) }
        guard ProgressLimits.sequences.contains(journalSequence) else {
            throw fields.invalid("journalSequence", "journalSequence \(journalSequence) is outside \(ProgressLimits.describe(ProgressLimits.sequences))")
        }
        try Self.checkRanges(exams: exams, trainingResults: trainingResults, completions: completions) { key, problem in fields.invalid(key, problem) }
    }

    /// Throws `invalid(field, problem)` for the first record whose figures are out of range (see `ProgressLimits`).
    static func checkRanges(
        exams: [ExamRecord], trainingResults: [ModuleResult], completions: [CompletionRecord], invalid: (String, String) -> Error
    ) throws {
        for (index, exam) in exams.enumerated() {
            if let problem = ProgressLimits.problem(in: exam) { throw invalid("exams", "exams[\(index)].\(problem)") }
        }
        for (index, result) in trainingResults.enumerated() {
            if let problem = ProgressLimits.problem(in: result) { throw invalid("trainingResults", "trainingResults[\(index)].\(problem)") }
        }
        for (index, completion) in completions.enumerated() {
            if let problem = ProgressLimits.problem(in: completion) { throw invalid("completions", "completions[\(index)].\(problem)") }
        }
    }

    public mutating func apply(_ change: ProgressChange) {
        switch change {
        case let .answer(outcome, sessionID, mode): record(AnswerRecord(outcome, session: sessionID, mode: mode.rawValue))
        case .exam(let record): exams.append(record)
        case .moduleResult(let result): trainingResults.append(result)
        case .completion(let record): completions.append(record)
        case .assessment(let record): assessments.append(record)
        }
    }

    public mutating func record(_ answer: AnswerRecord) {
        answers.append(answer)
        questions[answer.questionId, default: QuestionStats()].add(answer)
        updatedAt = answer.answeredAt
    }

    public var totals: ProgressTotals {
        var totals = ProgressTotals()
        for answer in answers { totals.add(answer) }
        return totals
    }
}

/// One answer as stored (read by hand, as a long history holds them by the hundred thousand).
public struct AnswerRecord: Codable, Equatable, Sendable, JSONReadable {
    public var questionId: String
    public var topic: String
    /// Bank indices (0-based, in the bank file's order) of the options chosen.
    public var chosen: [Int]
    /// True only at full credit.
    public var correct: Bool
    /// From 0 to 1 (see `Credit`); written only when `correct` does not say it (a half-right drill cell's 0.5),
    /// and read as 1 or 0 from `correct` when absent, as in files written before it.
    public var credit: Double
    public var seconds: Double
    public var answeredAt: Date
    public var session: String
    /// The study mode the answer was given in: practice, exam, train, assess, review, cram, drill.
    public var mode: String
    /// How sure the learner said they were, where the mode asked.
    public var confidence: Confidence?

    public init(
        questionId: String, topic: String, chosen: [Int], correct: Bool, seconds: Double, answeredAt: Date,
        session: String, mode: String, confidence: Confidence? = nil, credit: Double? = nil
    ) {
        self.questionId = questionId
        self.topic = topic
        self.chosen = chosen
        self.correct = correct
        self.credit = credit ?? Credit.of(correct: correct)
        self.seconds = seconds
        self.answeredAt = answeredAt
        self.session = session
        self.mode = mode
        self.confidence = confidence
    }

    public init(from decoder: any Decoder) throws { try self.init(treeDecoder: decoder) }

    init(json fields: inout JSONFields) throws {
        questionId = try fields.requiredString("questionId")
        topic = try fields.requiredString("topic")
        chosen = try fields.requiredIntegers("chosen")
        correct = try fields.requiredBool("correct")
        seconds = try fields.requiredDouble("seconds")
        answeredAt = try fields.requiredValue("answeredAt", as: Date.self)
        session = try fields.requiredString("session")
        mode = try fields.requiredString("mode")
        confidence = try fields.value("confidence", as: Confidence.self)
        credit = try fields.double("credit") ?? Credit.of(correct: correct)
        if let problem = ProgressLimits.problem(in: self) { throw fields.invalid(problem.hasPrefix("seconds") ? "seconds" : "chosen", problem) }
        if let problem = Self.creditProblem(credit, correct: correct) { throw fields.invalid("credit", problem) }
    }

    /// Why `credit` cannot be an answer's that is `correct` or not, or nil.
    static func creditProblem(_ credit: Double, correct: Bool) -> String? {
        guard (0...1).contains(credit) else { return "credit \(credit) is not from 0 to 1" }
        guard correct == (credit == 1) else { return "credit \(credit) disagrees with correct \(correct): an answer is correct only at credit 1" }
        return nil
    }

    public init(_ outcome: AnswerOutcome, session: String, mode: String) {
        self.init(
            questionId: outcome.questionID, topic: outcome.topic, chosen: outcome.chosen, correct: outcome.isCorrect,
            seconds: (min(outcome.seconds, ProgressLimits.secondsPerAnswer.upperBound) * 1000).rounded() / 1000, answeredAt: outcome.answeredAt, session: session, mode: mode,
            confidence: outcome.confidence, credit: outcome.credit
        )
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(questionId, forKey: .questionId)
        try container.encode(topic, forKey: .topic)
        try container.encode(chosen, forKey: .chosen)
        try container.encode(correct, forKey: .correct)
        if credit != Credit.of(correct: correct) { try container.encode(credit, forKey: .credit) }
        try container.encode(seconds, forKey: .seconds)
        try container.encode(answeredAt, forKey: .answeredAt)
        try container.encode(session, forKey: .session)
        try container.encode(mode, forKey: .mode)
        try container.encodeIfPresent(confidence, forKey: .confidence)
    }

    private enum CodingKeys: String, CodingKey {
        case questionId, topic, chosen, correct, credit, seconds, answeredAt, session, mode, confidence
    }
}

/// Per-question aggregates.
public struct QuestionStats: Codable, Equatable, Sendable, JSONReadable {
    public var attempts: Int = 0
    public var correct: Int = 0
    public var lastAnsweredAt: Date?
    public var lastCorrect: Bool?
    public var totalSeconds: Double = 0

    public init() {}

    public init(from decoder: any Decoder) throws { try self.init(treeDecoder: decoder) }

    init(json fields: inout JSONFields) throws {
        attempts = try fields.requiredInt("attempts")
        correct = try fields.requiredInt("correct")
        lastAnsweredAt = try fields.value("lastAnsweredAt", as: Date.self)
        lastCorrect = try fields.bool("lastCorrect")
        totalSeconds = try fields.requiredDouble("totalSeconds")
        if let (field, problem) = Self.problem(attempts: attempts, correct: correct, totalSeconds: totalSeconds) { throw fields.invalid(field, problem) }
    }

    /// Why these cannot be one question's figures, and the field to name, or nil.
    static func problem(attempts: Int, correct: Int, totalSeconds: Double) -> (field: String, problem: String)? {
        guard ProgressLimits.sequences.contains(attempts), (0...attempts).contains(correct) else {
            return ("correct", "\(correct) correct of \(attempts) attempts is not a count")
        }
        guard totalSeconds.isFinite, totalSeconds >= 0, totalSeconds <= ProgressLimits.secondsPerAnswer.upperBound * Double(max(1, attempts)) else {
            return ("totalSeconds", "totalSeconds \(totalSeconds) is outside 0 to the limit for \(attempts) answers")
        }
        return nil
    }

    /// `correct` counts answers at full credit (a half-right drill cell is not one).
    mutating func add(_ answer: AnswerRecord) {
        attempts += 1
        if answer.correct { correct += 1 }
        lastAnsweredAt = answer.answeredAt
        lastCorrect = answer.correct
        totalSeconds += answer.seconds
    }
}
