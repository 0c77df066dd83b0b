import Foundation

/// Accuracy session by session: answers grouped by the session they were given in, sessions in the order they
/// began, the latest few kept. An exam's session takes the exam's own score (`ExamScore`: every question, those
/// left unanswered counted wrong), which older progress files, holding only the questions answered, would not give.
public struct SessionTrend: Codable, Equatable, Sendable {
    public static let defaultLength = 10

    /// One session's answers.
    public struct Session: Codable, Equatable, Sendable {
        public let id: String
        /// The mode of the session's first answer.
        public let mode: String
        /// When its first answer was given.
        public let startedAt: Date
        public let answered: Int
        /// Right answers at their credit (see `Credit`).
        public let correct: Double
        /// Credit over answers, from 0 to 1.
        public let accuracy: Double
    }

    /// The latest sessions, oldest first.
    public let sessions: [Session]
    /// How many sessions the progress file holds in all.
    public let sessionsInAll: Int

    init(answers: [AnswerRecord], exams: [ExamRecord] = [], length: Int = defaultLength) {
        let examScores = Dictionary(exams.map { ($0.id, $0.score) }, uniquingKeysWith: { _, latest in latest })
        var order: [String] = []
        var grouped: [String: [AnswerRecord]] = [:]
        for answer in answers {
            if grouped[answer.session] == nil { order.append(answer.session) }
            grouped[answer.session, default: []].append(answer)
        }
        let all = order.map { id in
            let answers = grouped[id]!
            let first = answers.min { $0.answeredAt < $1.answeredAt }!
            if let exam = examScores[id], exam.total > 0 {
                return Session(
                    id: id, mode: first.mode, startedAt: first.answeredAt, answered: exam.total, correct: Double(exam.correct),
                    accuracy: exam.fraction
                )
            }
            let correct = answers.reduce(0) { $0 + $1.credit }
            return Session(
                id: id, mode: first.mode, startedAt: first.answeredAt, answered: answers.count, correct: correct,
                accuracy: correct / Double(answers.count)
            )
        }
        let byTime = all.enumerated().sorted { left, right in
            left.element.startedAt != right.element.startedAt ? left.element.startedAt < right.element.startedAt : left.offset < right.offset
        }.map(\.element)
        sessions = Array(byTime.suffix(length))
        sessionsInAll = all.count
    }

    public func sparkline(unicode: Bool) -> String {
        Sparkline.draw(sessions.map(\.accuracy), unicode: unicode)
    }
}
