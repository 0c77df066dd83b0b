import Foundation

/// Makes Review and Cram sessions from the schedule and the bank's reviewable questions (`ReviewableQuestions`:
/// questions and scenario steps, a step with its story). Cards whose question is no longer in the bank are
/// skipped; choices are shuffled with the seed, as in practice.
public enum ReviewSessionBuilder {
    /// The questions due at `now`, the longest overdue first, at most `limit` of them.
    public static func review(schedule: ReviewSchedule, bank: Bank, at now: Date, seed: UInt64, limit: Int? = nil) -> ReviewSession {
        review(schedule: schedule, reviewable: ReviewableQuestions(bank), at: now, seed: seed, limit: limit)
    }

    /// Every answered question, the lowest retrievability at `now` first, at most `limit` of them.
    public static func cram(schedule: ReviewSchedule, bank: Bank, at now: Date, seed: UInt64, limit: Int? = nil) -> ReviewSession {
        cram(schedule: schedule, reviewable: ReviewableQuestions(bank), at: now, seed: seed, limit: limit)
    }

    static func review(schedule: ReviewSchedule, reviewable: ReviewableQuestions, at now: Date, seed: UInt64, limit: Int?) -> ReviewSession {
        session(from: reviewable.due(in: schedule, at: now), reviewable: reviewable, at: now, seed: seed, limit: limit, isCram: false)
    }

    static func cram(schedule: ReviewSchedule, reviewable: ReviewableQuestions, at now: Date, seed: UInt64, limit: Int?) -> ReviewSession {
        session(from: reviewable.weakestFirst(in: schedule, at: now), reviewable: reviewable, at: now, seed: seed, limit: limit, isCram: true)
    }

    private static func session(
        from queue: [DueCard], reviewable: ReviewableQuestions, at now: Date, seed: UInt64, limit: Int?, isCram: Bool
    ) -> ReviewSession {
        var generator = SeededGenerator(seed: seed)
        let items = queue.prefix(limit ?? .max).compactMap { reviewable.item($0.questionID, using: &generator) }
        let id = "\(ReviewSession.mode(isCram: isCram))-\(Int64((now.timeIntervalSince1970 * 1000).rounded()))-\(seed)"
        return ReviewSession(practice: PracticeSession(id: id, items: items, startedAt: now), isCram: isCram)
    }
}
