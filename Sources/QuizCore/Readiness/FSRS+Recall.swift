import Foundation

extension FSRS {
    /// The probability of recalling the card at `date` on FSRS's forgetting curve, counting the time since its last
    /// review in fractional days (`retrievability` counts whole days, as the scheduler does); nil for a card never
    /// reviewed. What readiness predicts an answered question's chance of being right from.
    public func recallProbability(of card: Card, at date: Date) -> Double? {
        guard let lastReview = card.lastReview, let stability = card.stability else { return nil }
        let days = max(0, date.timeIntervalSince(lastReview) / 86_400)
        return forgettingCurve(elapsedDays: days, stability: stability)
    }
}
