import Foundation

/// One learner's line in a team report: training completed or not and when, the training score, the best exam,
/// answers and accuracy, and the weakest topic.
public struct TeamRow: Codable, Equatable, Sendable {
    /// A topic needs this many answers before it can be called the weakest.
    public static let weakestTopicMinimumAnswers = 3

    public let profile: String
    public let file: String
    public let trainingCompleted: Bool
    /// The latest completion's date; null until completed.
    public let completedAt: Date?
    /// The latest completion's training score (see `TrainingScore`), written as `{"correct", "total", "fraction"}`;
    /// null until completed.
    public let trainingScore: TrainingScore?
    /// Modules of the bank's training passed so far, and how many there are.
    public let modulesPassed: Int
    public let modulesTotal: Int
    /// The best exam's estimated scaled score (100 to 1000) and whether it passed; null before any exam.
    public let examBestScaledEstimate: Int?
    public let examBestPassed: Bool?
    public let answered: Int
    /// Right answers at their credit (see `Credit`): 7.5 when a drill cell was half right.
    public let correct: Double
    /// Credit over answers, from 0 to 1; null before any answer.
    public let accuracy: Double?
    /// The topic with the lowest accuracy among those with at least `weakestTopicMinimumAnswers` answers (of equal
    /// ones, the first in bank order); null when no topic has that many.
    public let weakestTopic: ProgressReport.TopicLine?

    public init(_ learner: TeamDirectory.Learner, bank: Bank) {
        let progress = learner.progress
        let training = TrainingStatus(progress: progress, modules: bank.trainingModules)
        let best = ExamHistory(progress.exams).best
        let totals = learner.totals
        profile = progress.profile
        file = learner.file
        trainingCompleted = training.completed
        completedAt = training.completedAt
        trainingScore = training.score
        modulesPassed = training.modulesPassed
        modulesTotal = training.modulesTotal
        examBestScaledEstimate = best?.scaledEstimate
        examBestPassed = best?.passed
        answered = totals.overall.answered
        correct = totals.overall.correct
        accuracy = totals.overall.accuracy
        weakestTopic = ProgressReport.topicLines(totals, bank: bank)
            .filter { $0.answered >= Self.weakestTopicMinimumAnswers }
            .reduce(nil) { weakest, topic in
                guard let weakest, let lowest = weakest.accuracy else { return topic }
                return (topic.accuracy ?? 1) < lowest ? topic : weakest
            }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(profile, forKey: .profile)
        try container.encode(file, forKey: .file)
        try container.encode(trainingCompleted, forKey: .trainingCompleted)
        try container.encode(completedAt, forKey: .completedAt)
        try container.encode(trainingScore, forKey: .trainingScore)
        try container.encode(modulesPassed, forKey: .modulesPassed)
        try container.encode(modulesTotal, forKey: .modulesTotal)
        try container.encode(examBestScaledEstimate, forKey: .examBestScaledEstimate)
        try container.encode(examBestPassed, forKey: .examBestPassed)
        try container.encode(answered, forKey: .answered)
        try container.encode(correct, forKey: .correct)
        try container.encode(accuracy, forKey: .accuracy)
        try container.encode(weakestTopic, forKey: .weakestTopic)
    }
}
