import Foundation

/// One question's memory state as FSRS schedules it: py-fsrs's `Card` without its id.
public struct Card: Codable, Equatable, Sendable {
    public var state: CardState
    /// The learning or relearning step the card is on; nil in the review state.
    public var step: Int?
    /// Days until the probability of recall falls to 90%; nil before the first review.
    public var stability: Double?
    /// How hard the card is to remember, 1 to 10; nil before the first review.
    public var difficulty: Double?
    public var due: Date
    public var lastReview: Date?

    /// A card never reviewed, due at `due`.
    public init(due: Date) {
        self.init(state: .learning, step: 0, stability: nil, difficulty: nil, due: due, lastReview: nil)
    }

    public init(state: CardState, step: Int?, stability: Double?, difficulty: Double?, due: Date, lastReview: Date?) {
        self.state = state
        self.step = step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
    }
}
