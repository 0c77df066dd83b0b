/// What a practice session is drawn from: the whole bank, one topic, one exam task, the learner's weakest task
/// or topic, or the questions last answered wrong.
public enum PracticeFocus: Equatable, Sendable {
    case everything
    case topic(String)
    case task(ExamTask)
    case weakest
    case missed
    /// These questions (by id), such as the ones a session just missed.
    case questions([String])

    /// How the focus is named on screen: "exam task 2.3 Identify AWS access management capabilities".
    public func title(in bank: Bank) -> String {
        switch self {
        case .everything: "the whole bank"
        case .topic(let id): "topic \(bank.topicTitle(id))"
        case .task(let task): "exam task \(task.id) \(task.title)"
        case .weakest: "your weakest area"
        case .missed: "the questions you last got wrong"
        case .questions(let ids): ids.count == 1 ? "1 question" : "\(ids.count) questions"
        }
    }

    /// Why a focused session has nothing to ask, for the home screen and the command line alike.
    public static func nothingToAsk(_ focus: PracticeFocus) -> String {
        switch focus {
        case .weakest:
            "No exam task or topic has \(RecentResults.enoughToJudge) answers yet, so none can be judged weakest: practise first."
        case .missed:
            "No question was last answered wrong: nothing to retry."
        default:
            "There is nothing to ask."
        }
    }
}
