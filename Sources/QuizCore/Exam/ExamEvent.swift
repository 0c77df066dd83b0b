/// Things that happen during a mock exam.
public enum ExamEvent: Equatable, Sendable {
    /// The highlight moved up (negative) or down (positive): through the choices, or the review list's rows.
    case highlightMoved(by: Int)
    /// A choice was picked by its number (display position): selects it on a single-choice question (the answer
    /// can still be changed), toggles it on a multiple-response one.
    case choicePicked(Int)
    /// The highlighted choice was picked (single choice) or toggled (multiple response).
    case highlightedChoiceToggled
    /// The learner went to another question; from the review list this also leaves the list.
    case movedToQuestion(QuestionMove)
    /// The current question was flagged for review, or its flag taken off.
    case flagToggled
    /// The learner opened the list of every question with its status.
    case reviewListOpened
    /// The review list now shows only the questions this filter keeps.
    case reviewFilterChanged(ReviewFilter)
    /// A digit of a question number was typed in the review list: the list highlights that question (showing
    /// every question if the filter hides it), and Enter goes to it.
    case reviewListDigitTyped(Int)
    /// The learner left the review list for the question they were on.
    case reviewListClosed
    /// The learner asked to submit; a confirmation comes first.
    case submitRequested
    case submitConfirmed
    case submitCancelled
    /// Time passed: the app sends this at least once a second while an exam is open.
    case timerTicked
    /// From the result screen, the learner opened the question-by-question review.
    case resultsReviewOpened
    /// The learner went back from the question-by-question review to the result screen.
    case resultsReviewClosed
}

/// Where the learner goes among the questions.
public enum QuestionMove: Equatable, Sendable {
    case next
    case previous
    /// A question by its position in the exam, from 0.
    case index(Int)
}
