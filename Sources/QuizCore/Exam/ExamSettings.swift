/// How an exam is set up: how many questions it asks, how long it lasts, and the seed they are drawn with.
public struct ExamSettings: Codable, Equatable, Sendable {
    public static let defaultQuestionCount = 65
    public static let defaultMinutes = 90

    /// Questions asked for; a smaller bank gives fewer.
    public let questionCount: Int
    public let minutes: Int
    public let seed: UInt64

    public init(questionCount: Int = defaultQuestionCount, minutes: Int = defaultMinutes, seed: UInt64) {
        self.questionCount = questionCount
        self.minutes = minutes
        self.seed = seed
    }

    /// The time limit in seconds.
    public var timeLimit: Double {
        Double(minutes) * 60
    }
}
