/// The latest results per question, exam task and topic, kept in step with every answer: what practice aimed at
/// the learner's weak spots draws from (`practice --missed`, `--weakest`).
public struct RecentResults: Equatable, Sendable {
    /// How many of the latest answers per exam task or topic judge it.
    public static let window = 20
    /// Answers a task or topic needs among them before it is judged weak or strong.
    public static let enoughToJudge = 5

    /// Each question's credit at its last answer (1 right, 0 wrong, 0.5 a half-right drill cell).
    public private(set) var lastCredit: [String: Double] = [:]
    private var order: [String: Int] = [:]
    private var byTask: [String: [Double]] = [:]
    private var byTopic: [String: [Double]] = [:]

    public init() {}

    /// The results of `answers`, oldest first; `taskOf` names each question's exam task, if it has one.
    public init(answers: [AnswerRecord], taskOf: (String) -> ExamTask?) {
        for answer in answers {
            record(questionID: answer.questionId, topic: answer.topic, task: taskOf(answer.questionId), credit: answer.credit)
        }
    }

    public mutating func record(questionID: String, topic: String, task: ExamTask?, credit: Double) {
        lastCredit[questionID] = credit
        order[questionID] = order.count
        if let task { Self.append(credit, to: &byTask[task.id, default: []]) }
        Self.append(credit, to: &byTopic[topic, default: []])
    }

    private static func append(_ credit: Double, to list: inout [Double]) {
        list.append(credit)
        if list.count > window { list.removeFirst(list.count - window) }
    }

    /// Questions whose last answer was not fully right, most recently missed first.
    public var missed: [String] {
        lastCredit.filter { $0.value < 1 }.keys.sorted { order[$0, default: 0] > order[$1, default: 0] }
    }

    /// The latest answers of one exam task or topic, as a tally (its accuracy is README's).
    public func tally(task: ExamTask) -> ProgressTotals.Tally {
        Self.tally(byTask[task.id] ?? [])
    }

    public func tally(topic: String) -> ProgressTotals.Tally {
        Self.tally(byTopic[topic] ?? [])
    }

    private static func tally(_ credits: [Double]) -> ProgressTotals.Tally {
        ProgressTotals.Tally(answered: credits.count, correct: credits.reduce(0, +))
    }

    /// The exam task with the lowest recent accuracy among those with enough answers to judge, else the topic;
    /// nil until one has. At equal accuracy the one with more answers goes first, then the first in order.
    public var weakest: WeakSpot? {
        let tasks = ExamTask.all.compactMap { task -> WeakSpot? in
            let tally = tally(task: task)
            guard tally.answered >= Self.enoughToJudge, let accuracy = tally.accuracy else { return nil }
            return WeakSpot(focus: .task(task), accuracy: accuracy, answers: tally.answered)
        }
        if let worst = tasks.min(by: WeakSpot.weaker) { return worst }
        let topics = byTopic.keys.sorted().compactMap { topic -> WeakSpot? in
            let tally = tally(topic: topic)
            guard tally.answered >= Self.enoughToJudge, let accuracy = tally.accuracy else { return nil }
            return WeakSpot(focus: .topic(topic), accuracy: accuracy, answers: tally.answered)
        }
        return topics.min(by: WeakSpot.weaker)
    }
}

/// An exam task or topic and how the learner has done on it lately.
public struct WeakSpot: Equatable, Sendable {
    public let focus: PracticeFocus
    public let accuracy: Double
    public let answers: Int

    /// Lower accuracy first; at equal accuracy, more answers (firmer evidence) first.
    static func weaker(_ lhs: WeakSpot, _ rhs: WeakSpot) -> Bool {
        if lhs.accuracy != rhs.accuracy { return lhs.accuracy < rhs.accuracy }
        return lhs.answers > rhs.answers
    }
}
