/// Things that happen during awareness training.
public enum TrainingEvent: Equatable, Sendable {
    /// The module list's highlight moved up (negative) or down (positive).
    case highlightMoved(by: Int)
    /// The highlighted module was chosen from the list.
    case moduleChosen
    /// The learner turned to the next page; on the last page this starts the questions.
    case nextPageRequested
    /// The learner turned back a page; on the first page this returns to the module list.
    case previousPageRequested
    /// On a module's first page, the learner chose to skip the teaching text and answer the questions now.
    case testOutRequested
    /// Something happened while answering the module's questions.
    case question(SessionEvent)
    /// The learner asked to take the module again, from its first page.
    case retakeRequested
    /// The learner moved on from a result or the completion screen.
    case continueRequested
}
