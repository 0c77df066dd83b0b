import Foundation

/// A submitted exam, marked: per question, in total, as an estimated scaled score, and per topic.
public struct ExamResult: Equatable, Sendable {
    /// The `mode` the exam's answers are recorded with in the progress file.
    public static let progressMode = "exam"

    public let examID: String
    public let startedAt: Date
    public let finishedAt: Date
    public let howEnded: ExamEnding
    /// In the order the exam asked them.
    public let questions: [ExamQuestionOutcome]
    /// Seconds of the time limit used, rounded.
    public let secondsUsed: Int

    public init(
        examID: String, startedAt: Date, finishedAt: Date, howEnded: ExamEnding, questions: [ExamQuestionOutcome], secondsUsed: Int
    ) {
        self.examID = examID
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.howEnded = howEnded
        self.questions = questions
        self.secondsUsed = secondsUsed
    }

    /// The session's picks marked as they stand.
    public init(session: ExamSession, howEnded: ExamEnding, at now: Date) {
        self.init(
            examID: session.id, startedAt: session.startedAt, finishedAt: now, howEnded: howEnded,
            questions: session.items.indices.map {
                ExamQuestionOutcome(
                    item: session.items[$0], picked: session.picks[$0], seconds: session.secondsOnQuestion[$0], flagged: session.flagged.contains($0)
                )
            },
            secondsUsed: Int(session.secondsUsed.rounded())
        )
    }

    /// Right answers over every question asked, unanswered ones counted wrong.
    public var score: ExamScore {
        ExamScore(correct: questions.filter(\.isCorrect).count, total: questions.count)
    }

    public var correct: Int {
        score.correct
    }

    public var total: Int {
        score.total
    }

    /// An estimate only: see `ScaledScore`.
    public var scaledEstimate: Int {
        score.scaledEstimate
    }

    public var passed: Bool {
        score.passed
    }

    /// Per exam task, in the guide's order (a `TopicScore` whose id is the task's); untagged questions are left out.
    public func tasks(taskOf: (String) -> ExamTask?) -> [(task: ExamTask, score: TopicScore)] {
        let grouped = Dictionary(grouping: questions.compactMap { question in taskOf(question.questionID).map { ($0, question) } }, by: \.0)
        return ExamTask.all.compactMap { task in
            grouped[task].map { (task, TopicScore(topic: task.id, correct: $0.filter(\.1.isCorrect).count, total: $0.count)) }
        }
    }

    /// Per exam task, from the tasks the questions carried when asked.
    public var taskScores: [TopicScore] {
        let taskOf = Dictionary(questions.compactMap { question in question.task.map { (question.questionID, $0) } }, uniquingKeysWith: { first, _ in first })
        return tasks { taskOf[$0] }.map(\.score)
    }

    /// Per topic, by topic id.
    public var topics: [TopicScore] {
        Dictionary(grouping: questions, by: \.topic)
            .map { TopicScore(topic: $0.key, correct: $0.value.filter(\.isCorrect).count, total: $0.value.count) }
            .sorted { $0.topic < $1.topic }
    }

    /// The answers to record in the progress file (mode `progressMode`, session `examID`): one per question,
    /// given at the moment the exam ended. A question left alone is recorded as a wrong answer with nothing
    /// chosen, as the exam's score counts it, so the totals agree with the score and review brings it back (Again).
    public var answerOutcomes: [AnswerOutcome] {
        questions.map {
            AnswerOutcome(
                questionID: $0.questionID, topic: $0.topic, chosen: $0.chosen, isCorrect: $0.isCorrect, seconds: $0.seconds,
                answeredAt: finishedAt
            )
        }
    }
}
