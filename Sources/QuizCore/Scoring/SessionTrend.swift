import Foundation

/// Accuracy session by session: answers grouped by the session they were given in, sessions in the order they
/// began, the latest few kept.
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
        public let correct: Int
        /// From 0 to 1.
        public let accuracy: Double
    }

    /// The latest sessions, oldest first.
    public let sessions: [Session]
    /// How many sessions the progress file holds in all.
    public let sessionsInAll: Int

    init(answers: [AnswerRecord], length: Int = defaultLength) {
        var order: [String] = []
        var grouped: [String: [AnswerRecord]] = [:]
        for answer in answers {
            if grouped[answer.session] == nil { order.append(answer.session) }
            grouped[answer.session, default: []].append(answer)
        }
        let all = order.map { id in
            let answers = grouped[id]!
            let first = answers.min { $0.answeredAt < $1.answeredAt }!
            let correct = answers.count { $0.correct }
            return Session(
                id: id, mode: first.mode, startedAt: first.answeredAt, answered: answers.count, correct: correct,
                accuracy: Double(correct) / Double(answers.count)
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
