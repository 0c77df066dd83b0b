import Foundation

/// The spaced-review queue at a moment: how many cards are due and when the next one comes due.
public struct ReviewStatus: Codable, Equatable, Sendable {
    /// Questions and scenario steps of the bank with a review card (every answered one, except those only crammed).
    public let cards: Int
    /// Cards due now: what the home screen shows and what review asks (`ReviewableQuestions`).
    public let dueNow: Int
    /// When the next card not yet due comes due; null when none is waiting.
    public let nextDueAt: Date?

    init(schedule: ReviewSchedule, reviewable: ReviewableQuestions, at now: Date) {
        cards = reviewable.cardCount(in: schedule)
        dueNow = reviewable.dueCount(in: schedule, at: now)
        nextDueAt = reviewable.nextDueDate(in: schedule, after: now)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(cards, forKey: .cards)
        try container.encode(dueNow, forKey: .dueNow)
        try container.encode(nextDueAt, forKey: .nextDueAt)
    }
}
