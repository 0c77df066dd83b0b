import Foundation

/// Makes Review and Cram sessions from the schedule and the bank. Cards whose question is no longer in the bank
/// are skipped; choices are shuffled with the seed, as in practice.
public enum ReviewSessionBuilder {
    /// The questions due at `now`, the longest overdue first, at most `limit` of them.
    public static func review(schedule: ReviewSchedule, bank: Bank, at now: Date, seed: UInt64, limit: Int? = nil) -> ReviewSession {
        session(from: schedule.due(at: now), bank: bank, at: now, seed: seed, limit: limit, isCram: false)
    }

    /// Every answered question, the lowest retrievability at `now` first, at most `limit` of them.
    public static func cram(schedule: ReviewSchedule, bank: Bank, at now: Date, seed: UInt64, limit: Int? = nil) -> ReviewSession {
        session(from: schedule.weakestFirst(at: now), bank: bank, at: now, seed: seed, limit: limit, isCram: true)
    }

    private static func session(
        from queue: [DueCard], bank: Bank, at now: Date, seed: UInt64, limit: Int?, isCram: Bool
    ) -> ReviewSession {
        var generator = SeededGenerator(seed: seed)
        let questions = queue.compactMap { bank.question(id: $0.questionID) }.prefix(limit ?? .max)
        let items = questions.map { SessionBuilder.item(for: $0, using: &generator) }
        let id = "\(ReviewSession.mode(isCram: isCram))-\(Int64((now.timeIntervalSince1970 * 1000).rounded()))-\(seed)"
        return ReviewSession(practice: PracticeSession(id: id, items: items, startedAt: now), isCram: isCram)
    }
}
