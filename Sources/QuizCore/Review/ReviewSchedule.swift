import Foundation

/// Every answered question's memory card, folded from a profile's answers with FSRS: what Review asks, and when.
///
/// Answers from any mode schedule their question, except Cram's, which never touch the schedule. A wrong answer
/// is Again; a right one is Good, or Hard when it took longer than `slowAnswerSeconds` or the learner said they
/// were unsure or guessing. (No answer is Easy: a multiple-choice answer cannot tell effortless from right.)
/// Cards of questions no longer in the bank stay in the schedule; the queries take the ids to keep.
public struct ReviewSchedule: Equatable, Sendable {
    /// The mode whose answers are left out of the schedule.
    public static let cramMode = "cram"
    /// A right answer slower than this many seconds is graded Hard.
    public static let defaultSlowAnswerSeconds: Double = 30

    public let scheduler: FSRS
    public let slowAnswerSeconds: Double
    /// The cards by question id.
    public private(set) var cards: [String: Card]

    /// The schedule after `answers`, oldest first.
    public init(answers: [AnswerRecord] = [], scheduler: FSRS = .standard, slowAnswerSeconds: Double = defaultSlowAnswerSeconds) {
        self.scheduler = scheduler
        self.slowAnswerSeconds = slowAnswerSeconds
        self.cards = [:]
        for answer in answers {
            record(answer)
        }
    }

    public func card(for questionID: String) -> Card? {
        cards[questionID]
    }

    public func grade(for answer: AnswerRecord) -> Rating {
        guard answer.correct else { return .again }
        let isUnsure = answer.confidence == .unsure || answer.confidence == .guessing
        return isUnsure || answer.seconds > slowAnswerSeconds ? .hard : .good
    }

    /// The schedule with one more answer, the newest: the same as folding the whole history again.
    public func recording(_ answer: AnswerRecord) -> ReviewSchedule {
        var next = self
        next.record(answer)
        return next
    }

    public mutating func record(_ answer: AnswerRecord) {
        guard answer.mode != Self.cramMode else { return }
        let card = cards[answer.questionId] ?? Card(due: answer.answeredAt)
        cards[answer.questionId] = scheduler.review(card, rating: grade(for: answer), at: answer.answeredAt)
    }

    /// The cards due at `now` (among `knownIDs`, when given), the longest overdue first, ties by question id.
    public func due(at now: Date, among knownIDs: Set<String>? = nil) -> [DueCard] {
        kept(knownIDs).filter { $0.card.due <= now }.sorted(by: Self.dueFirst)
    }

    public func dueCount(at now: Date, among knownIDs: Set<String>? = nil) -> Int {
        kept(knownIDs).count { $0.card.due <= now }
    }

    /// When the next card comes due after `now` (among `knownIDs`, when given); nil when none is waiting.
    public func nextDueDate(after now: Date, among knownIDs: Set<String>? = nil) -> Date? {
        kept(knownIDs).map(\.card.due).filter { $0 > now }.min()
    }

    /// Every card (among `knownIDs`, when given) for Cram: the lowest retrievability at `now` first, then as `due`.
    public func weakestFirst(at now: Date, among knownIDs: Set<String>? = nil) -> [DueCard] {
        kept(knownIDs)
            .map { (entry: $0, retrievability: scheduler.retrievability(of: $0.card, at: now)) }
            .sorted { left, right in
                left.retrievability != right.retrievability
                    ? left.retrievability < right.retrievability
                    : Self.dueFirst(left.entry, right.entry)
            }
            .map(\.entry)
    }

    private func kept(_ knownIDs: Set<String>?) -> [DueCard] {
        cards.compactMap { id, card in
            guard knownIDs?.contains(id) ?? true else { return nil }
            return DueCard(questionID: id, card: card)
        }
    }

    private static func dueFirst(_ left: DueCard, _ right: DueCard) -> Bool {
        left.card.due != right.card.due ? left.card.due < right.card.due : left.questionID < right.questionID
    }
}
