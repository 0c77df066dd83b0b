import Foundation

/// A self-assessment under way: questions without feedback, each answer followed by how sure the learner was.
public struct AssessSession: Equatable, Sendable {
    /// The question flow; an answer here is held back until its confidence is given.
    public var quiz: PracticeSession
    /// The answer waiting for its confidence.
    public var awaitingConfidence: PendingAnswer?
    /// Every answer with its confidence, in the order given.
    public var answers: [AnswerOutcome]
    public let startedAt: Date

    public init(id: String, items: [SessionItem], startedAt: Date) {
        self.startedAt = startedAt
        quiz = PracticeSession(id: id, items: items, startedAt: startedAt)
        awaitingConfidence = nil
        answers = []
    }

    public var id: String { quiz.id }

    public var isFinished: Bool { quiz.phase == .finished }
}

/// An answer given, and the confidence choice highlighted while the learner says how sure they were: none at
/// first, so that no confidence is recorded that the learner did not choose.
public struct PendingAnswer: Equatable, Sendable {
    public let outcome: AnswerOutcome
    public var highlighted: Int?
    /// Enter came with no confidence highlighted: the screen says how to choose one.
    public var showsChooseFirst: Bool

    public init(_ outcome: AnswerOutcome, highlighted: Int? = nil, showsChooseFirst: Bool = false) {
        self.outcome = outcome
        self.highlighted = highlighted
        self.showsChooseFirst = showsChooseFirst
    }
}

/// Things that happen during a self-assessment.
public enum AssessEvent: Equatable, Sendable {
    /// Choosing the answer, as in practice.
    case session(SessionEvent)
    /// The highlight moved through the confidence choices.
    case confidenceHighlightMoved(by: Int)
    /// The learner said how sure they were of the answer just given.
    case confidenceChosen(Confidence)
    /// The learner chose the highlighted confidence.
    case highlightedConfidenceChosen
}

/// The self-assessment state machine.
public enum AssessReducer {
    public static func reduce(_ session: AssessSession, _ event: AssessEvent, at now: Date) -> (AssessSession, [SessionEffect]) {
        var next = session
        if let pending = session.awaitingConfidence {
            switch event {
            case .confidenceHighlightMoved(let delta):
                next.awaitingConfidence = PendingAnswer(
                    pending.outcome, highlighted: SessionReducer.moved(pending.highlighted, by: delta, among: Confidence.allCases.count)
                )
                return (next, [])
            case .highlightedConfidenceChosen:
                guard let highlighted = pending.highlighted else {
                    next.awaitingConfidence?.showsChooseFirst = true
                    return (next, [])
                }
                return confirm(Confidence.allCases[highlighted], of: pending.outcome, in: session, at: now)
            case .confidenceChosen(let confidence):
                return confirm(confidence, of: pending.outcome, in: session, at: now)
            case .session:
                return (session, [])
            }
        }
        guard case .session(let quizEvent) = event else { return (session, []) }
        let (quiz, effects) = SessionReducer.reduce(session.quiz, quizEvent, at: now)
        next.quiz = quiz
        for case let .answerRecorded(outcome) in effects {
            next.awaitingConfidence = PendingAnswer(outcome)
        }
        return (next, [])
    }

    private static func confirm(
        _ confidence: Confidence, of outcome: AnswerOutcome, in session: AssessSession, at now: Date
    ) -> (AssessSession, [SessionEffect]) {
        var next = session
        var rated = outcome
        rated.confidence = confidence
        next.answers.append(rated)
        next.awaitingConfidence = nil
        next.quiz = SessionReducer.reduce(session.quiz, .nextRequested, at: now).0
        return (next, [.answerRecorded(rated)])
    }
}
