/// What readiness expects of a question the learner has never answered. A first answer is right when the learner
/// knows it, or else by a guess (`chance`): so the prior is kept on the share known, `known`, and a right first
/// answer is `chance + (1 - chance) x known`, never below guessing. The share known on first sight of a task's new
/// questions is shrunk toward the share over every task, and that toward one half (knowing nothing and knowing
/// everything alike, before any answer); each shrink counts as `strength` answers, so with few first answers the
/// prior stays near the level above it and its variance (a Beta posterior's) stays wide (README, "What the figures
/// mean").
public struct ReadinessPrior: Equatable, Sendable {
    /// How many answers the level above weighs as.
    public static let strength = 4.0
    /// The share known before any answer.
    public static let knownBeforeAnyAnswer = 0.5

    public struct Belief: Equatable, Sendable {
        /// The expected chance of a right first answer.
        public let mean: Double
        /// How unsure that chance is.
        public let variance: Double
    }

    /// The chance of guessing right, averaged over the questions the prior is for.
    public let chance: Double
    public let overall: Belief
    public let byTask: [ExamTask: Belief]

    /// The prior from the learner's first answers; `chance` is the average chance of guessing right among the
    /// questions it is for.
    public init(firstSight: FirstSightTally, chance: Double) {
        self.chance = chance
        let overallKnown = Self.known(firstSight.overall, toward: Self.knownBeforeAnyAnswer, chance: chance)
        overall = Self.belief(overallKnown, answers: firstSight.overall.answered, chance: chance)
        var byTask: [ExamTask: Belief] = [:]
        for (task, tally) in firstSight.byTask {
            byTask[task] = Self.belief(Self.known(tally, toward: overallKnown, chance: chance), answers: tally.answered, chance: chance)
        }
        self.byTask = byTask
    }

    /// The belief for a question of `task` (the overall one for a task never met, or none).
    public func belief(for task: ExamTask?) -> Belief {
        task.flatMap { byTask[$0] } ?? overall
    }

    /// The share known: the right answers beyond what guessing gives, shrunk toward `level`.
    private static func known(_ tally: ProgressTotals.Tally, toward level: Double, chance: Double) -> Double {
        let answers = Double(tally.answered)
        let beyondGuessing = chance < 1 ? min(max((tally.correct - chance * answers) / (1 - chance), 0), answers) : answers
        return (beyondGuessing + strength * level) / (answers + strength)
    }

    private static func belief(_ known: Double, answers: Int, chance: Double) -> Belief {
        let spread = 1 - chance
        return Belief(mean: chance + spread * known, variance: spread * spread * known * (1 - known) / (Double(answers) + strength + 1))
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
