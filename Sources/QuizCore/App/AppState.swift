/// Everything the app shows: which screen is up and the state behind it.
public struct AppState: Equatable, Sendable {
    public enum Screen: Equatable, Sendable {
        case home(highlighted: HomeEntry)
        case practice(PracticeSession)
        case assess(AssessSession)
        case review(ReviewSession)
        case exam(ExamSession)
        case training(TrainingSession)
        case drill(DrillSession)
        /// A saved, unfinished exam was found: resume it or start a new one? After "new", `confirmingDiscard`
        /// asks whether to drop the saved exam for good.
        case examResumeOffer(ExamSession, confirmingDiscard: Bool)
        /// The exam start screen: its length and focus chosen, the rules stated, Enter starts it.
        case examStart(ExamStart)
        case progress
        /// A finished self-assessment shown again from the Progress screen: its index in `assessments`.
        case pastAssessment(Int)
        /// A finished exam opened from the Progress screen: its result and its review under a filter.
        case pastExam(PastExamReview)
        /// The home screen's picker of a topic or exam task to practise.
        case practicePicker(PracticePicker)
    }

    public var screen: Screen
    /// A "leave this session?" question is on top of the screen.
    public var confirmingQuit: Bool
    /// Body lines scrolled out of view at the top; back to 0 whenever the screen changes.
    public var scroll: Int
    /// Whether the view should bring the highlighted line into view: true after the screen changes (a highlight
    /// moved, say), false once the learner scrolls by hand, so that reading below the highlight stays possible.
    public var followsHighlight: Bool
    /// The list of every key for the screen is over it (`?`).
    public var showsHelp = false
    /// The glossary covers the screen (`g` on a question): the question stays as it was underneath.
    public var showsGlossary = false
    public let profile: String
    public var totals: ProgressTotals
    /// Questions per practice session.
    public let sessionSize: Int
    /// The seed the next practice session is drawn with.
    public var nextSeed: UInt64
    /// Questions in a self-assessment.
    public var assessLength = AssessBuilder.defaultCount
    /// Every answered question's memory state, kept in step with each answer.
    public var schedule = ReviewSchedule()
    /// Answered and right per exam task, all time, kept in step with each answer.
    public var taskTotals = TaskTotals()
    /// The latest results per question, exam task and topic, kept in step with each answer (practice aimed at weak spots).
    public var recent = RecentResults()
    /// How the learner did on first sight of each question, per exam task, kept in step with each answer: readiness's prior.
    public var firstSight = FirstSightTally()
    /// The day of the real exam (`--exam-date`, kept in the profile): readiness then adds a plan.
    public var examDay: ExamDay?
    /// Readiness and the plan to the exam day, as of the last time the Progress screen was opened.
    public var readiness: ReadinessFigures?
    /// Questions due for review, as of the last time the home screen came up.
    public var dueForReview = 0
    /// The figures worked out from the whole history (schedule, recent results, tallies) and the saved exam are
    /// still to come: true only for the first frame of the home screen, which is drawn before them.
    public var historyPending = false
    /// How a new mock exam is set up: questions and minutes (the seed comes from `nextSeed`).
    public var examQuestions = ExamSettings.defaultQuestionCount
    public var examMinutes = ExamSettings.defaultMinutes
    /// The exam tasks and topics the start screen has ticked when it opens (from the command line).
    public var examTasks: Set<ExamTask> = []
    public var examTopics: Set<String> = []
    /// A new exam starts at once, without the start screen (`exam --now`).
    public var examStartsAtOnce = false
    /// An unfinished exam saved by an earlier run, offered for resuming when Exam is chosen.
    public var savedExam: ExamSession?
    /// Every training module attempt so far, from the progress file and this run.
    public var trainingResults: [ModuleResult] = []
    /// The pass mark training uses; nil for the bank's own.
    public var trainingPassMark: PassMark?
    /// True once a session was started from the home screen: leaving a session then goes back to the home screen,
    /// and the app quits only from there (a run started straight into a mode quits when the mode is left).
    public var leavesToHome = false
    /// The organisation's policy in force, if any; training then asks its modules at its pass mark or above.
    public var policy: Policy?
    /// Every training completion so far, from the progress file and this run (judged against `policy`).
    public var completions: [CompletionRecord] = []
    /// Where the learner stands against `policy`, as of the last time the home screen came up.
    public var policyStanding: PolicyStanding?
    /// Every self-assessment finished, oldest first, from the progress file and this run.
    public var assessments: [PastAssessment] = []
    /// Every exam finished, oldest first, from the progress file and this run.
    public var exams: [ExamRecord] = []
    /// Every answer about a matrix cell, in any mode, kept in step with each answer: the assessment's map.
    public var matrixHistory = MatrixHistory()
    /// Something the learner should know, shown on the home screen (a saved exam that could not be resumed).
    public var notice: String?
    /// Why the last key on the home screen did nothing (`w` before any area can be judged); gone at the next key.
    public var homeMessage: String?

    public init(screen: Screen, profile: String, totals: ProgressTotals, sessionSize: Int, nextSeed: UInt64) {
        self.screen = screen
        self.confirmingQuit = false
        self.scroll = 0
        self.followsHighlight = true
        self.profile = profile
        self.totals = totals
        self.sessionSize = sessionSize
        self.nextSeed = nextSeed
    }

    /// True while a clock runs on screen, so the event loop sends `timerTicked` when no key comes.
    public var isTimed: Bool {
        if case .exam(let session) = screen { return session.isUnderWay }
        return false
    }

    /// True where a question is on screen (being answered or explained), so the glossary is a key away.
    public var offersGlossary: Bool {
        switch screen {
        case .practice, .review, .assess, .training, .exam: true
        default: false
        }
    }

    /// The home screen entry that opens the screen on show, for the highlight when the learner comes back home.
    public var homeEntry: HomeEntry {
        switch screen {
        case .home(let highlighted): highlighted
        case .practice, .practicePicker: .practice
        case .assess: .assess
        case .review: .review
        case .exam, .examResumeOffer, .examStart: .exam
        case .training: .train
        case .drill: .drill
        case .progress, .pastAssessment, .pastExam: .progress
        }
    }

    /// What the learner is being asked now (a question, or how sure they are of an answer), as a key that changes
    /// whenever a new question comes up; nil when nothing is asked. Keys typed ahead for the screen before must not
    /// answer it.
    public var questionAsked: String? {
        func asked(_ session: PracticeSession) -> String? {
            guard case .answering = session.phase, !session.showsStory else { return nil }
            return "\(session.id)#\(session.position)"
        }
        switch screen {
        case .practice(let session): return asked(session)
        case .review(let session): return asked(session.practice)
        case .assess(let session):
            guard let pending = session.awaitingConfidence else { return asked(session.quiz) }
            return "\(session.id)#\(pending.outcome.questionID)#confidence"
        case .training(let session): return session.attempt.flatMap { asked($0.questions) }
        case .exam(let session):
            guard case .answering = session.phase, session.isUnderWay else { return nil }
            return "\(session.id)#\(session.position)"
        default: return nil
        }
    }

    public var practice: PracticeSession? {
        if case .practice(let session) = screen { return session }
        return nil
    }

    /// Answers given (and saved) in the session on screen, for the "leave?" question.
    public var answersInSession: Int {
        switch screen {
        case .practice(let session): session.outcomes.count
        case .assess(let session): session.answers.count
        case .review(let session): session.practice.outcomes.count
        case .exam(let session): session.answeredCount
        case .training(let session): session.attempt?.questions.outcomes.count ?? 0
        case .drill: 0
        default: 0
        }
    }
}
