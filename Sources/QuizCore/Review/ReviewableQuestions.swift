import Foundation

/// What review can bring back from a bank: its questions and every scenario step (asked with its story, as in
/// practice), by id. The one place the home screen's due count, review, cram and the report's cards and cards due
/// are counted, so they always agree; cards of questions no longer in the bank are left out of all of them (README,
/// "What the figures mean").
public struct ReviewableQuestions: Sendable {
    private struct Entry: Sendable {
        let question: Question
        let placement: ScenarioPlacement?
    }

    private let entries: [String: Entry]
    /// Each question's exam task, apart: asked once per answer of a long history, it costs a look-up, not a copy of
    /// the whole question.
    private let tasks: [String: ExamTask]

    public init(_ bank: Bank) {
        var entries: [String: Entry] = [:]
        var tasks: [String: ExamTask] = [:]
        for scenario in bank.scenarios {
            for (step, content) in scenario.steps.enumerated() {
                entries[content.question.id] = Entry(question: content.question, placement: ScenarioPlacement(scenario, step: step))
                tasks[content.question.id] = content.question.examTask
            }
        }
        for question in bank.questions {
            entries[question.id] = Entry(question: question, placement: nil)
            tasks[question.id] = question.examTask
        }
        self.entries = entries
        self.tasks = tasks
    }

    /// The exam task of the question or scenario step with this id, if it has one.
    public func examTask(_ id: String) -> ExamTask? {
        tasks[id]
    }

    /// Every reviewable question id.
    public var ids: Set<String> {
        Set(entries.keys)
    }

    /// The question or scenario step with this id.
    public func question(_ id: String) -> Question? {
        entries[id]?.question
    }

    /// The question as a session asks it: choices shuffled with `generator`, a scenario step with its story.
    func item(_ questionID: String, using generator: inout SeededGenerator) -> SessionItem? {
        guard let entry = entries[questionID] else { return nil }
        return SessionBuilder.item(for: entry.question, placement: entry.placement, using: &generator)
    }

    /// The cards of reviewable questions.
    public func cardCount(in schedule: ReviewSchedule) -> Int {
        schedule.cards.keys.count { entries[$0] != nil }
    }

    /// How many are due at `now`: what the home screen shows, the report's cards due, and what review asks.
    public func dueCount(in schedule: ReviewSchedule, at now: Date) -> Int {
        schedule.dueCount(at: now, among: ids)
    }

    /// The cards due at `now`, the longest overdue first.
    public func due(in schedule: ReviewSchedule, at now: Date) -> [DueCard] {
        schedule.due(at: now, among: ids)
    }

    /// Every card, for cram: the lowest retrievability at `now` first.
    public func weakestFirst(in schedule: ReviewSchedule, at now: Date) -> [DueCard] {
        schedule.weakestFirst(at: now, among: ids)
    }

    /// When the next card not yet due comes due; nil when none is waiting.
    public func nextDueDate(in schedule: ReviewSchedule, after now: Date) -> Date? {
        schedule.nextDueDate(after: now, among: ids)
    }
}
