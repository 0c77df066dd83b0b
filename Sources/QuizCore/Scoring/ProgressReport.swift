import Foundation

/// A profile's totals for people and scripts: answered, correct and accuracy, overall and per topic.
public struct ProgressReport: Codable, Equatable, Sendable {
    public struct TopicLine: Codable, Equatable, Sendable {
        public let id: String
        public let title: String
        public let answered: Int
        public let correct: Int
        /// From 0 to 1; null before any answer.
        public let accuracy: Double?
    }

    public let profile: String
    public let progressFile: String
    public let answered: Int
    public let correct: Int
    public let accuracy: Double?
    public let questionsSeen: Int
    public let topics: [TopicLine]

    /// Topics of the bank in bank order, then any topic that only old answers mention.
    public init(progress: ProgressFile, bank: Bank, file: String) {
        let totals = progress.totals
        profile = progress.profile
        progressFile = file
        answered = totals.overall.answered
        correct = totals.overall.correct
        accuracy = totals.overall.accuracy
        questionsSeen = progress.questions.count
        let known = bank.topics.map(\.id)
        let extra = totals.byTopic.keys.filter { !known.contains($0) }.sorted()
        topics = (known + extra).map { id in
            let tally = totals.byTopic[id] ?? ProgressTotals.Tally()
            return TopicLine(id: id, title: bank.topicTitle(id), answered: tally.answered, correct: tally.correct, accuracy: tally.accuracy)
        }
    }

    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    public func text() -> String {
        var out = "Profile \(profile) (\(progressFile))\n"
        out += "Answered \(answered), correct \(correct), accuracy \(Self.percent(accuracy)); \(questionsSeen) different questions seen.\n\n"
        let nameWidth = max(5, topics.map(\.title.count).max() ?? 5)
        out += "Topic".padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  Answered  Correct  Accuracy\n"
        for topic in topics {
            out += topic.title.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            out += Self.right(String(topic.answered), 10) + Self.right(String(topic.correct), 9) + Self.right(Self.percent(topic.accuracy), 10) + "\n"
        }
        return out
    }

    private static func percent(_ fraction: Double?) -> String {
        fraction.map { "\(Int(($0 * 100).rounded()))%" } ?? "-"
    }

    private static func right(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
