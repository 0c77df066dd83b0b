import Foundation

/// The spaced-review queue at a moment: how many cards are due and when the next one comes due.
public struct ReviewStatus: Codable, Equatable, Sendable {
    /// Questions of the bank with a review card (every answered one, except those only crammed).
    public let cards: Int
    public let dueNow: Int
    /// When the next card not yet due comes due; null when none is waiting.
    public let nextDueAt: Date?

    init(schedule: ReviewSchedule, among questionIDs: Set<String>, at now: Date) {
        cards = schedule.cards.keys.count { questionIDs.contains($0) }
        dueNow = schedule.dueCount(at: now, among: questionIDs)
        nextDueAt = schedule.nextDueDate(after: now, among: questionIDs)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(cards, forKey: .cards)
        try container.encode(dueNow, forKey: .dueNow)
        try container.encode(nextDueAt, forKey: .nextDueAt)
    }
}
