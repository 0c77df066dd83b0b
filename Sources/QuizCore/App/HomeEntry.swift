/// The choices on the home screen, in the order shown.
public enum HomeEntry: Int, CaseIterable, Equatable, Sendable {
    case practice, progress, quit

    public var title: String {
        switch self {
        case .practice: "Practice"
        case .progress: "Progress"
        case .quit: "Quit"
        }
    }

    public var summary: String {
        switch self {
        case .practice: "questions with feedback and explanations after each answer"
        case .progress: "your totals and accuracy per topic"
        case .quit: "leave srm-quiz (progress is already saved)"
        }
    }
}
