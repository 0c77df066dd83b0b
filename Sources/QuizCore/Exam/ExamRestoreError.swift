/// Why a saved exam cannot be resumed.
public enum ExamRestoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// These questions are no longer in the question bank.
    case questionsMissing([String])
    /// The question's choices are no longer the ones the exam showed.
    case questionChanged(String)
    /// Written by a newer srm-quiz.
    case newerVersion(Int)
    /// Not a saved exam at all.
    case notAnExam(format: String)
    /// The snapshot contradicts itself.
    case damaged(String)

    public var description: String {
        switch self {
        case .questionsMissing(let ids):
            let list = ids.joined(separator: ", ")
            return ids.count == 1
                ? "the exam asks question \(list), which is no longer in the question bank"
                : "the exam asks questions \(list), which are no longer in the question bank"
        case .questionChanged(let id):
            return "question \(id) no longer has the choices the exam showed"
        case .newerVersion(let version):
            return "saved by a newer srm-quiz (schema version \(version)); update srm-quiz to resume it"
        case .notAnExam(let format):
            return "not a saved srm-quiz exam (format \"\(format)\")"
        case .damaged(let reason):
            return "the saved exam is damaged: \(reason)"
        }
    }
}
