import Foundation

/// One learner's report for people and scripts: totals, accuracy per topic and per service model, the trend over
/// the latest sessions, exams, training and the review queue. Built from values only, at a given moment.
public struct ProgressReport: Codable, Equatable, Sendable {
    public typealias TopicLine = AccuracyLine

    public let profile: String
    public let progressFile: String
    /// The moment the report describes (what is due is due then).
    public let generatedAt: Date
    public let answered: Int
    /// Right answers at their credit (see `Credit`): 7.5 when a drill cell was half right.
    public let correct: Double
    /// Credit over answers, from 0 to 1; null before any answer.
    public let accuracy: Double?
    public let questionsSeen: Int
    public let topics: [TopicLine]
    /// Accuracy per CLF-C02 task statement answered, in the exam guide's order.
    public let examTasks: [AccuracyLine]
    public let serviceModels: ServiceModelBreakdown
    public let trend: SessionTrend
    public let exams: ExamHistory
    public let training: TrainingStatus
    public let review: ReviewStatus
    /// The last self-assessment finished; null before any.
    public let latestAssessment: AssessmentSummary?
    /// Readiness: the estimated mock-exam score now, overall and per exam task, and the plan to the exam day.
    public let readiness: ReadinessFigures

    /// Topics of the bank in bank order, then any topic that only old answers mention. `schedule` is the review
    /// schedule folded from the same answers (with the learner's desired retention); cards are counted among the
    /// bank's questions and scenario steps by `ReviewableQuestions`, as the home screen, review and cram count them.
    public init(progress: ProgressFile, bank: Bank, file: String, now: Date, schedule: ReviewSchedule? = nil) {
        let schedule = schedule ?? ReviewSchedule(answers: progress.answers)
        let totals = progress.totals
        profile = progress.profile
        progressFile = file
        generatedAt = now
        answered = totals.overall.answered
        correct = totals.overall.correct
        accuracy = totals.overall.accuracy
        questionsSeen = progress.questions.count
        topics = Self.topicLines(totals, bank: bank)
        examTasks = TaskTotals(answers: progress.answers, taskOf: bank.examTask(ofQuestion:)).lines
        serviceModels = ServiceModelBreakdown(answers: progress.answers, catalog: QuestionCatalog(bank), matrix: bank.matrix)
        trend = SessionTrend(answers: progress.answers, exams: progress.exams)
        exams = ExamHistory(progress.exams)
        training = TrainingStatus(progress: progress, modules: bank.trainingModules)
        review = ReviewStatus(
            schedule: schedule, reviewable: ReviewableQuestions(bank), at: now
        )
        latestAssessment = PastAssessment.all(in: progress).last.map { AssessmentSummary($0, bank: bank) }
        readiness = ReadinessFigures(
            bank: bank, schedule: schedule,
            firstSight: FirstSightTally(answers: progress.answers, taskOf: bank.examTask(ofQuestion:)),
            examDay: progress.examDate.flatMap(ExamDay.init), at: now
        )
    }

    static func topicLines(_ totals: ProgressTotals, bank: Bank) -> [TopicLine] {
        let known = bank.topics.map(\.id)
        let extra = totals.byTopic.keys.filter { !known.contains($0) }.sorted()
        return (known + extra).map { id in
            let tally = totals.byTopic[id] ?? ProgressTotals.Tally()
            return TopicLine(id: id, title: bank.topicTitle(id), tally: tally)
        }
    }

    /// The report as JSON: keys sorted and always present (null where there is nothing yet), dates ISO 8601 in UTC
    /// with milliseconds, fractions from 0 to 1.
    public func json() -> String {
        let data = (try? ProgressCoding.encoder().encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(profile, forKey: .profile)
        try container.encode(progressFile, forKey: .progressFile)
        try container.encode(generatedAt, forKey: .generatedAt)
        try container.encode(answered, forKey: .answered)
        try container.encode(correct, forKey: .correct)
        try container.encode(accuracy, forKey: .accuracy)
        try container.encode(questionsSeen, forKey: .questionsSeen)
        try container.encode(topics, forKey: .topics)
        try container.encode(examTasks, forKey: .examTasks)
        try container.encode(serviceModels, forKey: .serviceModels)
        try container.encode(trend, forKey: .trend)
        try container.encode(exams, forKey: .exams)
        try container.encode(training, forKey: .training)
        try container.encode(review, forKey: .review)
        try container.encode(latestAssessment, forKey: .latestAssessment)
        try container.encode(readiness, forKey: .readiness)
    }
}
