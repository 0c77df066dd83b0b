/// How the learner did the first time they met a question, per exam task: what readiness expects of the questions
/// they have not answered yet. Kept in step with every answer, like the other totals.
public struct FirstSightTally: Equatable, Sendable {
    public private(set) var byTask: [ExamTask: ProgressTotals.Tally] = [:]
    public private(set) var overall = ProgressTotals.Tally()
    private var seen: Set<String> = []

    public init() {}

    /// The first answers among `answers`, oldest first; `taskOf` names each question's exam task.
    public init(answers: [AnswerRecord], taskOf: (String) -> ExamTask?) {
        for answer in answers { record(questionID: answer.questionId, task: taskOf(answer.questionId), credit: answer.credit) }
    }

    /// Counts the answer when it is the question's first.
    public mutating func record(questionID: String, task: ExamTask?, credit: Double) {
        guard seen.insert(questionID).inserted else { return }
        overall.add(credit: credit)
        if let task { byTask[task, default: ProgressTotals.Tally()].add(credit: credit) }
    }
}
