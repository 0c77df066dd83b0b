import Foundation

/// The readiness estimate: the expected mock-exam score if the exam were taken at `at`, overall and per exam task,
/// each with its 80% range. Labelled an estimate wherever it is shown (README, "What the figures mean").
public struct ReadinessEstimate: Codable, Equatable, Sendable {
    /// One exam task's estimate: its share right among the questions of it that an exam draws.
    public struct Task: Codable, Equatable, Sendable {
        public let id: String
        public let title: String
        public let estimate: ScoreEstimate
    }

    /// The moment the estimate is for.
    public let at: Date
    /// Questions in the mock exam it is an estimate for.
    public let examQuestions: Int
    public let overall: ScoreEstimate
    /// The exam tasks the exam draws from, in the exam guide's order.
    public let tasks: [Task]
}

/// Works out readiness from the learner's memory: each answered question's chance of being right is its FSRS
/// recall probability at that moment, each unanswered one's is the first-sight prior (`ReadinessPrior`), and each
/// counts by its chance of being drawn (`ExamWeights`).
public enum Readiness {
    /// The estimate at `now` (or at any later moment, with no more study in between).
    public static func estimate(
        bank: Bank, weights: ExamWeights, schedule: ReviewSchedule, firstSight: FirstSightTally, at now: Date
    ) -> ReadinessEstimate {
        let prior = prior(bank: bank, weights: weights, firstSight: firstSight)
        let predicted = predictions(bank: bank, weights: weights, schedule: schedule, prior: prior, at: now)
        return estimate(predicted, prior: prior, examQuestions: weights.questionCount, at: now)
    }

    /// The prior for the questions the exam draws, its chance level averaged over them as the exam weighs them.
    public static func prior(bank: Bank, weights: ExamWeights, firstSight: FirstSightTally) -> ReadinessPrior {
        var weighted = 0.0
        var total = 0.0
        for question in bank.questions {
            guard let inclusion = weights.inclusion[question.id] else { continue }
            weighted += inclusion * ReadinessPrior.chance(of: question)
            total += inclusion
        }
        return ReadinessPrior(firstSight: firstSight, chance: total > 0 ? weighted / total : 0)
    }

    /// Every question the exam can draw, with its predicted chance at `now`, in bank order.
    public static func predictions(
        bank: Bank, weights: ExamWeights, schedule: ReviewSchedule, prior: ReadinessPrior, at now: Date
    ) -> [QuestionPrediction] {
        bank.questions.compactMap { question in
            guard let inclusion = weights.inclusion[question.id] else { return nil }
            let recall = schedule.card(for: question.id).flatMap { schedule.scheduler.recallProbability(of: $0, at: now) }
            return QuestionPrediction(
                questionID: question.id, task: question.examTask, topic: question.topic,
                chance: recall ?? prior.belief(for: question.examTask).mean, isAnswered: recall != nil, inclusion: inclusion
            )
        }
    }

    /// The overall and per-task estimates from the predictions.
    public static func estimate(_ predictions: [QuestionPrediction], prior: ReadinessPrior, examQuestions: Int, at now: Date) -> ReadinessEstimate {
        let tasks = ExamTask.all.compactMap { task -> ReadinessEstimate.Task? in
            let ofTask = predictions.filter { $0.task == task }
            guard !ofTask.isEmpty else { return nil }
            return ReadinessEstimate.Task(id: task.id, title: task.title, estimate: score(ofTask, prior: prior))
        }
        return ReadinessEstimate(at: now, examQuestions: examQuestions, overall: score(predictions, prior: prior), tasks: tasks)
    }

    /// The share right among the drawn questions: the mean of the chances weighed by inclusion; its variance adds
    /// the answers' own (a sum of Bernoulli outcomes), the draw's (which questions of each topic come up: sampling
    /// without replacement) and the prior's (its uncertainty shared by every unanswered question, taken as one).
    public static func score(_ predictions: [QuestionPrediction], prior: ReadinessPrior) -> ScoreEstimate {
        let drawn = predictions.reduce(0) { $0 + $1.inclusion }
        guard drawn > 0 else { return ScoreEstimate(expected: 0, low: 0, high: 1, questions: 0, answeredShare: 0) }
        var expected = 0.0
        var outcomes = 0.0
        var answered = 0.0
        for prediction in predictions {
            expected += prediction.inclusion * prediction.chance
            outcomes += prediction.inclusion * prediction.chance * (1 - prediction.chance)
            if prediction.isAnswered { answered += prediction.inclusion }
        }
        var draw = 0.0
        for stratum in Dictionary(grouping: predictions, by: \.topic).values where stratum.count > 1 {
            let size = Double(stratum.count)
            let taken = stratum.reduce(0) { $0 + $1.inclusion }
            let mean = stratum.reduce(0) { $0 + $1.chance } / size
            let spread = stratum.reduce(0) { $0 + ($1.chance - mean) * ($1.chance - mean) } / (size - 1)
            draw += taken * max(0, 1 - taken / size) * spread
        }
        var priorDeviation = 0.0
        for (task, unanswered) in Dictionary(grouping: predictions.filter { !$0.isAnswered }, by: \.task) {
            priorDeviation += unanswered.reduce(0) { $0 + $1.inclusion } * prior.belief(for: task).variance.squareRoot()
        }
        let variance = outcomes + draw + priorDeviation * priorDeviation
        return ScoreEstimate(
            expected: expected / drawn, deviation: variance.squareRoot() / drawn, questions: drawn, answeredShare: answered / drawn
        )
    }
}
