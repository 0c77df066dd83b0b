/// Things that happen on the exam start screen.
public enum ExamStartEvent: Equatable, Sendable {
    /// The highlight moved up (negative) or down (positive) through the rows.
    case highlightMoved(by: Int)
    /// The highlighted row was chosen: a length becomes the exam's, an exam task or topic is ticked or unticked.
    case highlightedRowToggled
    /// The learner started the exam as set up.
    case started
}
