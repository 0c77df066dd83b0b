/// One thing to add to a progress file; several are saved in one write when they belong together (a finished
/// exam and its answers, a module's last answer and its result).
public enum ProgressChange: Equatable, Sendable {
    case answer(AnswerOutcome, sessionID: String, mode: StudyMode)
    case exam(ExamRecord)
    case moduleResult(ModuleResult)
    case completion(CompletionRecord)
    case assessment(AssessmentRecord)
}
