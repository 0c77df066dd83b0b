import Foundation

/// What a team report keeps of a profile's progress: all of it but the answers and the per-question figures, with
/// the answers' totals and when the last was given (`ProgressStore.loadCounted`).
public struct CountedProgress: Equatable, Sendable {
    /// The progress without its answers and per-question figures.
    public private(set) var progress: ProgressFile
    /// The answers' totals (`ProgressFile.totals`).
    public private(set) var totals: ProgressTotals
    /// When the last answer was given; nil before any.
    public private(set) var lastAnsweredAt: Date?

    /// `progress` counted, its answers and per-question figures dropped.
    public init(_ progress: ProgressFile) {
        self.init(header: progress, totals: ProgressTotals(), lastAnsweredAt: nil)
        count(progress.answers)
    }

    /// `header` without its answers and per-question figures, with the totals and last answer's time of its answers.
    init(header: ProgressFile, totals: ProgressTotals, lastAnsweredAt: Date?) {
        progress = header
        progress.answers = []
        progress.questions = [:]
        self.totals = totals
        self.lastAnsweredAt = lastAnsweredAt
    }

    /// A journal entry folded in as loading folds it into the whole progress (`JournalEntry.apply`), its answers counted.
    mutating func fold(_ entry: JournalEntry) {
        entry.apply(to: &progress)
        count(progress.answers)
        progress.answers = []
        progress.questions = [:]
    }

    private mutating func count(_ answers: [AnswerRecord]) {
        for answer in answers { totals.add(answer) }
        if let last = answers.last { lastAnsweredAt = last.answeredAt }
    }
}
