/// How an exam came to an end.
public enum ExamEnding: String, Codable, Sendable {
    /// The learner submitted it.
    case submitted
    /// The countdown reached zero and whatever was answered was submitted.
    case timeExpired
}
