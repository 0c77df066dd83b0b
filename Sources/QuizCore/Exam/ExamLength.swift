/// How long a mock exam is: the real one (65 questions in 90 minutes), a short one at the same pace, or the
/// questions and minutes given on the command line.
public enum ExamLength: Equatable, Sendable {
    case full
    case short
    case custom(questions: Int, minutes: Int)

    /// Questions in a short exam; its minutes follow from the real exam's pace.
    public static let shortQuestionCount = 20

    /// The length these figures describe: full or short when they are exactly theirs, else custom.
    public init(questions: Int, minutes: Int) {
        switch (questions, minutes) {
        case (Self.full.questionCount, Self.full.minutes): self = .full
        case (Self.short.questionCount, Self.short.minutes): self = .short
        default: self = .custom(questions: questions, minutes: minutes)
        }
    }

    public var questionCount: Int {
        switch self {
        case .full: ExamSettings.defaultQuestionCount
        case .short: Self.shortQuestionCount
        case .custom(let questions, _): questions
        }
    }

    public var minutes: Int {
        switch self {
        case .full: ExamSettings.defaultMinutes
        case .short: Self.paced(Self.shortQuestionCount)
        case .custom(_, let minutes): minutes
        }
    }

    /// Whole minutes for `questions` at the real exam's pace (90 minutes for 65 questions), rounded up: 20 get 28.
    public static func paced(_ questions: Int) -> Int {
        let full = ExamLength.full
        return max(1, (max(0, questions) * full.minutes + full.questionCount - 1) / full.questionCount)
    }

    /// Questions and minutes when only `available` questions can be drawn: the smaller count, and for fewer
    /// questions than asked, minutes at this length's own pace (rounded up, at least one).
    public func fitted(to available: Int) -> (questions: Int, minutes: Int) {
        guard available < questionCount else { return (questionCount, minutes) }
        let count = max(0, available)
        switch self {
        case .full, .short: return (count, Self.paced(count))
        case .custom(let questions, let minutes): return (count, max(1, (count * minutes + questions - 1) / questions))
        }
    }
}
