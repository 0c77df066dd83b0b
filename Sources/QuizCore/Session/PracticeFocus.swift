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
}
