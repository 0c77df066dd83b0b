import Foundation

/// What the Progress screen and `report` show of readiness: the estimate now and, with an exam day, the plan to it
/// (or why there is none: the day has passed).
public struct ReadinessFigures: Codable, Equatable, Sendable {
    public let estimate: ReadinessEstimate
    /// The exam day as given, planned for or not.
    public let examDate: String?
    /// The plan to `examDate`; nil without one, when the day is today or past, or when no exam can be drawn.
    public let plan: ExamPlan?
    /// Why `examDate` has no plan; nil when it has one or there is no date.
    public let planProblem: String?

    public init(
        bank: Bank, schedule: ReviewSchedule, firstSight: FirstSightTally, examDay: ExamDay?, at now: Date,
        weights: ExamWeights? = nil
    ) {
        let weights = weights ?? ExamWeights(bank: bank)
        estimate = Readiness.estimate(bank: bank, weights: weights, schedule: schedule, firstSight: firstSight, at: now)
        examDate = examDay?.description
        planProblem = examDay?.problem(at: now)
        if let examDay, planProblem == nil, weights.questionCount > 0 {
            plan = ExamPlan(day: examDay, bank: bank, weights: weights, schedule: schedule, firstSight: firstSight, at: now)
        } else {
            plan = nil
        }
    }

    /// The figures for the app's state: its schedule, first answers and exam day.
    public init(bank: Bank, state: AppState, at now: Date) {
        self.init(bank: bank, schedule: state.schedule, firstSight: state.firstSight, examDay: state.examDay, at: now)
    }

    /// Every key written, null where there is nothing.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(estimate, forKey: .estimate)
        try container.encode(examDate, forKey: .examDate)
        try container.encode(plan, forKey: .plan)
        try container.encode(planProblem, forKey: .planProblem)
    }

    private enum CodingKeys: String, CodingKey {
        case estimate, examDate, plan, planProblem
    }
}
