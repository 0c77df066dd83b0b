/// How much each question counts in a mock exam: the share of seeded draws in which `ExamBuilder` puts it into an
/// exam of `questionCount` questions. Readiness weighs questions, tasks and topics by it, so that the estimate is of
/// the exam this app draws (topics in turn, matrix questions at most a quarter), from the one definition of the draw.
public struct ExamWeights: Equatable, Sendable {
    /// Draws averaged: the same seeds every time, so the same bank always gives the same weights.
    public static let draws = 32

    /// Questions in one drawn exam (fewer than asked when the bank is small).
    public let questionCount: Int
    /// Each question's chance of being drawn, by id (questions never drawn are left out).
    public let inclusion: [String: Double]

    public init(bank: Bank, questionCount: Int = ExamSettings.defaultQuestionCount, draws: Int = Self.draws) {
        var counts: [String: Int] = [:]
        var drawn = 0
        let runs = max(1, draws)
        for seed in 1...runs {
            let items = ExamBuilder.items(from: bank, count: questionCount, seed: UInt64(seed))
            drawn = items.count
            for item in items { counts[item.question.id, default: 0] += 1 }
        }
        self.questionCount = drawn
        inclusion = counts.mapValues { Double($0) / Double(runs) }
    }

    /// Weights given outright (for tests and the benchmark's own banks).
    public init(questionCount: Int, inclusion: [String: Double]) {
        self.questionCount = questionCount
        self.inclusion = inclusion
    }
}
