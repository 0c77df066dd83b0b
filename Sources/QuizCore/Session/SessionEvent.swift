/// Things that happen during a practice session.
public enum SessionEvent: Equatable, Sendable {
    /// The highlight moved up (negative) or down (positive) through the choices.
    case highlightMoved(by: Int)
    /// A choice was picked by its number (display position): answers a single choice, toggles a multiple response.
    case choicePicked(Int)
    /// The highlighted choice of a multiple-response question was toggled.
    case highlightedChoiceToggled
    /// The learner submitted the current selection as the answer.
    case answerChosen
    /// The learner asked for the next question after reading the feedback.
    case nextRequested
    /// The learner asked to read the current scenario's story again.
    case storyOpened
    /// The learner finished reading the story and turned to the question.
    case storyClosed
}
