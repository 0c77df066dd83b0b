import Foundation

/// A finished self-assessment as the progress file keeps it: which session it was and when. Its answers are the
/// progress file's answers of that session, so nothing is stored twice.
public struct AssessmentRecord: Codable, Equatable, Sendable {
    /// The session id its answers carry.
    public let session: String
    public let startedAt: Date
    public let finishedAt: Date
    /// Questions asked (and answered).
    public let questions: Int

    public init(session: String, startedAt: Date, finishedAt: Date, questions: Int) {
        self.session = session
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.questions = questions
    }
}

/// A finished self-assessment with its answers, to be shown again.
public struct PastAssessment: Equatable, Sendable {
    public let record: AssessmentRecord
    /// Its answers with their confidence, in the order given.
    public let answers: [AnswerOutcome]

    public init(record: AssessmentRecord, answers: [AnswerOutcome]) {
        self.record = record
        self.answers = answers
    }

    /// Every assessment the progress file keeps, oldest first, each with the answers of its session.
    public static func all(in progress: ProgressFile) -> [PastAssessment] {
        guard !progress.assessments.isEmpty else { return [] }
        let sessions = Set(progress.assessments.map(\.session))
        var answers: [String: [AnswerOutcome]] = [:]
        for answer in progress.answers where sessions.contains(answer.session) {
            answers[answer.session, default: []].append(AnswerOutcome(answer))
        }
        return progress.assessments.map { PastAssessment(record: $0, answers: answers[$0.session] ?? []) }
    }
}

extension AnswerOutcome {
    /// An answer as it was given, from its stored record.
    public init(_ record: AnswerRecord) {
        self.init(
            questionID: record.questionId, topic: record.topic, chosen: record.chosen, isCorrect: record.correct,
            seconds: record.seconds, answeredAt: record.answeredAt, confidence: record.confidence, credit: record.credit
        )
    }
}
