/// The choices on the home screen, in the order shown.
public enum HomeEntry: Int, CaseIterable, Equatable, Sendable {
    case practice, exam, train, review, assess, drill, progress, quit

    public var title: String {
        switch self {
        case .practice: "Practice"
        case .exam: "Exam"
        case .train: "Training"
        case .review: "Review"
        case .assess: "Self-assessment"
        case .drill: "Matrix drill"
        case .progress: "Progress"
        case .quit: "Quit"
        }
    }

    public var summary: String {
        switch self {
        case .practice: "questions explained after each answer"
        case .exam: "a timed mock exam, marked at the end"
        case .train: "short modules to pass, with a record"
        case .review: "questions back before you forget them"
        case .drill: "fill in the matrix yourself, then see it marked"
        case .assess: "find the parts of the model you do not know yet"
        case .progress: "your totals and accuracy per topic"
        case .quit: "leave (progress is already saved)"
        }
    }
}
