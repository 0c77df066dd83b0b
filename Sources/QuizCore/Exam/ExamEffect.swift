/// What an exam asks the outside world to do.
public enum ExamEffect: Equatable, Sendable {
    /// Save this snapshot over the previous one, so the exam can be resumed after a crash or quit.
    case snapshotChanged(ExamSnapshot)
    /// The exam is over: record the result and its answers, and delete the saved snapshot. Sent exactly once.
    case examSubmitted(ExamResult)
}
