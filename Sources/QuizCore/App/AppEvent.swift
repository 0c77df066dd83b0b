/// Things that happen anywhere in the app.
public enum AppEvent: Equatable, Sendable {
    /// The home screen's highlight moved up (negative) or down (positive).
    case homeHighlightMoved(by: Int)
    /// A home screen entry was chosen.
    case homeEntryChosen(HomeEntry)
    /// On the home screen: practice aimed at the weakest area or at the questions last missed (`w`, `m`).
    case homePracticeFocused(PracticeFocus)
    /// On the home screen: the picker of a topic or exam task to practise opened (`t`).
    case practicePickerOpened
    /// The practice picker's highlight moved up (negative) or down (positive).
    case practicePickerMoved(by: Int)
    /// The learner asked to go back to the home screen.
    case homeRequested
    case session(SessionEvent)
    case assess(AssessEvent)
    case exam(ExamEvent)
    case training(TrainingEvent)
    case drill(DrillEvent)
    /// The learner chose to resume the saved exam.
    case examResumeAccepted
    /// Something happened on the exam start screen.
    case examStart(ExamStartEvent)
    /// The learner chose a new exam instead of the saved one: asks before the saved one is dropped.
    case examResumeDeclined
    /// The learner confirmed dropping the saved exam for a new one.
    case examDiscardConfirmed
    /// The learner kept the saved exam after all.
    case examDiscardCancelled
    /// At the end of a practice or review session: ask again the questions it missed.
    case retryMissedRequested
    /// The learner opened a past self-assessment (its index in `AppState.assessments`) from the Progress screen.
    case pastAssessmentOpened(Int)
    /// The learner opened a past exam (its index in `AppState.exams`) from the Progress screen, or the one before
    /// or after it from an open one.
    case pastExamOpened(Int)
    /// The learner chose which of an open past exam's questions its review shows.
    case pastExamFiltered(ReviewFilter)
    /// The learner opened or closed the list of keys.
    case helpToggled
    /// The learner opened or closed the glossary.
    case glossaryToggled
    /// The learner scrolled the screen's body so that this many lines are above the top.
    case bodyScrolled(to: Int)
    /// About a second passed without a key, in a mode whose clock runs (`AppState.isTimed`).
    case timerTicked
    /// The learner asked to leave (q or Esc).
    case quitRequested
    /// The learner confirmed leaving a session under way.
    case quitConfirmed
    /// The learner chose to stay in the session.
    case quitCancelled
}

/// What the app asks the outside world to do.
public enum AppEffect: Equatable, Sendable {
    /// Save this answer of this session to the progress file, now.
    case saveAnswer(AnswerOutcome, sessionID: String, mode: StudyMode)
    /// Save the exam in progress over the last saved one.
    case saveExamSnapshot(ExamSnapshot)
    /// Add these to the progress file in one save.
    case saveProgress([ProgressChange])
    /// Drop the saved exam: the learner chose a new one.
    case discardExamSnapshot
    /// Leave the app.
    case exit
}
