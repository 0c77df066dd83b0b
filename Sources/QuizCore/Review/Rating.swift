/// How well a card was recalled at a review, as FSRS grades it (the raw values are py-fsrs's).
public enum Rating: Int, Codable, Sendable, CaseIterable {
    /// Forgotten.
    case again = 1
    /// Recalled with difficulty.
    case hard = 2
    /// Recalled.
    case good = 3
    /// Recalled effortlessly.
    case easy = 4
}
