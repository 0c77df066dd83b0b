/// How one topic went in an exam: a topic meets the standard at 70% correct or better.
public struct TopicScore: Codable, Equatable, Sendable {
    public static let meetsPercent = 70

    public let topic: String
    public let correct: Int
    public let total: Int
    /// True at `meetsPercent` or better, false for "needs improvement".
    public let meets: Bool

    public init(topic: String, correct: Int, total: Int) {
        self.topic = topic
        self.correct = correct
        self.total = total
        meets = correct * 100 >= total * Self.meetsPercent
    }
}
