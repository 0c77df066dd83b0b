import Foundation

/// What it takes to reach the desired retention on the exam day, and what that is expected to give: every question
/// the exam can draw is answered when FSRS says it is due (so on the day each is recalled with at least about the
/// desired retention), and the questions never answered are brought in evenly over the days left. Simulated
/// question by question, `runs` times with fixed seeds, each answer right with its FSRS recall probability (a first
/// answer with the first-sight prior); the same inputs always give the same plan (README, "What the figures mean").
public struct ExamPlan: Codable, Equatable, Sendable {
    /// Simulated runs per question.
    public static let runs = 16
    /// Answers one question can take in a run, a guard against a schedule that never moves on.
    static let answersPerQuestion = 400

    public let examDate: String
    /// Days left to study: today up to the day before the exam.
    public let days: Int
    /// The retention the schedule aims for (`--retention`).
    public let desiredRetention: Double
    /// Answers a day the plan asks for, rounded up: due reviews and new questions with their learning steps.
    public let reviewsPerDay: Int
    /// New questions a day among them, rounded up.
    public let newPerDay: Int
    /// The expected score on the exam day if the plan is kept.
    public let expectedIfKept: ScoreEstimate
    /// The expected score on the exam day with no more study: today's memory, forgotten forward.
    public let expectedWithoutStudy: ScoreEstimate

    /// The plan from `now` to `day` (which must be after today: see `ExamDay.problem`).
    public init(
        day: ExamDay, bank: Bank, weights: ExamWeights, schedule: ReviewSchedule, firstSight: FirstSightTally, at now: Date
    ) {
        let prior = Readiness.prior(bank: bank, weights: weights, firstSight: firstSight)
        let exam = day.examMoment
        let days = max(1, day.days(after: now))
        let unstudied = Readiness.predictions(bank: bank, weights: weights, schedule: schedule, prior: prior, at: exam)
        let newIDs = unstudied.filter { !$0.isAnswered }.map(\.questionID)
        let introduction = Dictionary(uniqueKeysWithValues: newIDs.enumerated().map { index, id in
            (id, now.addingTimeInterval(Double(index * days / max(1, newIDs.count)) * ExamDay.secondsPerDay))
        })
        var answers = 0.0
        var kept: [QuestionPrediction] = []
        for (index, prediction) in unstudied.enumerated() {
            let start = introduction[prediction.questionID]
            let card = schedule.card(for: prediction.questionID)
            var generator = SeededGenerator(seed: UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
            var recall = 0.0
            for _ in 0..<Self.runs {
                let run = Self.simulate(
                    card: card, introducedAt: start ?? now, firstChance: prior.belief(for: prediction.task).mean,
                    scheduler: schedule.scheduler, from: now, until: exam, using: &generator
                )
                answers += Double(run.answers)
                recall += run.recall
            }
            kept.append(QuestionPrediction(
                questionID: prediction.questionID, task: prediction.task, topic: prediction.topic,
                chance: recall / Double(Self.runs), isAnswered: true, inclusion: prediction.inclusion
            ))
        }
        examDate = day.description
        self.days = days
        desiredRetention = schedule.scheduler.desiredRetention
        reviewsPerDay = Int((answers / Double(Self.runs) / Double(days)).rounded(.up))
        newPerDay = (newIDs.count + days - 1) / days
        expectedIfKept = Readiness.score(kept, prior: prior)
        expectedWithoutStudy = Readiness.score(unstudied, prior: prior)
    }

    /// One run of one question: answered whenever due from `from` (a new one first at `introducedAt`) until the
    /// exam, each answer right by its chance; how many answers that took and the recall probability at the exam.
    static func simulate(
        card: Card?, introducedAt: Date, firstChance: Double, scheduler: FSRS, from now: Date, until exam: Date,
        using generator: inout SeededGenerator
    ) -> (answers: Int, recall: Double) {
        var current = card ?? Card(due: introducedAt)
        var answers = 0
        var moment = max(current.due, now)
        while moment < exam, answers < answersPerQuestion {
            let chance = scheduler.recallProbability(of: current, at: moment) ?? firstChance
            let right = Double(generator.next() >> 11) / Double(1 << 53) < chance
            current = scheduler.review(current, rating: right ? .good : .again, at: moment)
            answers += 1
            moment = max(current.due, moment)
        }
        return (answers, scheduler.recallProbability(of: current, at: exam) ?? firstChance)
    }
}
