/// Where a card is in its schedule (the raw values are py-fsrs's).
public enum CardState: Int, Codable, Sendable, CaseIterable {
    /// New, walking through the learning steps (minutes apart).
    case learning = 1
    /// Graduated: due days apart.
    case review = 2
    /// Forgotten after graduating, walking through the relearning steps.
    case relearning = 3
}
