/// One line of a report's accuracy table (a topic, a service model): answered, right and the share right, with
/// the share written as `null` before any answer so a script can tell "none yet" from 0%.
public struct AccuracyLine: Codable, Equatable, Sendable {
    public let id: String
    public let title: String
    public let answered: Int
    /// Right answers at their credit (see `Credit`): 7.5 when a drill cell was half right.
    public let correct: Double
    /// Credit over answers, from 0 to 1; null before any answer.
    public let accuracy: Double?

    init(id: String, title: String, tally: ProgressTotals.Tally) {
        self.id = id
        self.title = title
        answered = tally.answered
        correct = tally.correct
        accuracy = tally.accuracy
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(answered, forKey: .answered)
        try container.encode(correct, forKey: .correct)
        try container.encode(accuracy, forKey: .accuracy)
    }
}
