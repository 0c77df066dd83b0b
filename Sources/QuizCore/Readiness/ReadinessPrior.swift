/// What readiness expects of a question the learner has never answered: their share right on first sight of new
/// questions of its exam task, shrunk toward their first-sight share over every task, which is itself shrunk toward
/// the chance of guessing right (README, "What the figures mean"). Each shrink counts as `strength` answers, so with
/// few first answers the prior stays near the level above it and its variance (a Beta posterior's) stays wide.
public struct ReadinessPrior: Equatable, Sendable {
    /// How many answers the level above weighs as.
    public static let strength = 4.0

    public struct Belief: Equatable, Sendable {
        /// The expected chance of a right first answer.
        public let mean: Double
        /// How unsure that chance is.
        public let variance: Double
    }

    public let overall: Belief
    public let byTask: [ExamTask: Belief]

    /// The prior from the learner's first answers; `chance` is the average chance of guessing right among the
    /// questions it is for.
    public init(firstSight: FirstSightTally, chance: Double) {
        overall = Self.shrunk(firstSight.overall, toward: chance)
        var byTask: [ExamTask: Belief] = [:]
        for (task, tally) in firstSight.byTask { byTask[task] = Self.shrunk(tally, toward: overall.mean) }
        self.byTask = byTask
    }

    /// The belief for a question of `task` (the overall one for a task never met, or none).
    public func belief(for task: ExamTask?) -> Belief {
        task.flatMap { byTask[$0] } ?? overall
    }

    private static func shrunk(_ tally: ProgressTotals.Tally, toward level: Double) -> Belief {
        let weight = Double(tally.answered) + strength
        let mean = (tally.correct + strength * level) / weight
        return Belief(mean: mean, variance: mean * (1 - mean) / (weight + 1))
    }

    /// The chance of a right answer by guessing: one in the number of choices, or in the number of ways to pick
    /// the right count of them for multiple response.
    public static func chance(of question: Question) -> Double {
        let choices = question.choices.count
        guard choices > 0 else { return 0 }
        guard question.kind == .multiple else { return 1 / Double(choices) }
        let picks = question.picksRequired
        var ways = 1.0
        for index in 0..<picks { ways = ways * Double(choices - index) / Double(index + 1) }
        return 1 / ways
    }
}
