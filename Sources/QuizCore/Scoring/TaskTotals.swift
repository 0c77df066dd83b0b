/// Answered and right per CLF-C02 task statement, all time: accuracy per exam task beside accuracy per topic
/// (README, "What the figures mean": the same credit and accuracy as a topic's).
public struct TaskTotals: Equatable, Sendable {
    public private(set) var byTask: [ExamTask: ProgressTotals.Tally] = [:]

    public init() {}

    /// The totals of `answers`; `taskOf` names each question's exam task (answers to untagged questions are left out).
    public init(answers: [AnswerRecord], taskOf: (String) -> ExamTask?) {
        for answer in answers { add(task: taskOf(answer.questionId), credit: answer.credit) }
    }

    public mutating func add(task: ExamTask?, credit: Double) {
        guard let task else { return }
        byTask[task, default: ProgressTotals.Tally()].add(credit: credit)
    }

    /// One line per task answered, in the exam guide's order.
    public var lines: [AccuracyLine] {
        ExamTask.all.compactMap { task in byTask[task].map { AccuracyLine(id: task.id, title: task.title, tally: $0) } }
    }
}
