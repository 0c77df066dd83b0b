import Foundation

/// A practice session under way: which question is up, what the learner has picked, and every answer so far.
public struct PracticeSession: Equatable, Sendable {
    public let id: String
    public let items: [SessionItem]
    public var position: Int
    public var phase: Phase
    public var outcomes: [AnswerOutcome]
    /// When the current question appeared, to time the answer.
    public var questionShownAt: Date
    /// The story of the current question's scenario covers the question (before its first step, or on request).
    public var showsStory: Bool
    /// What the session was drawn from when it is not the whole bank ("your weakest: exam task 2.4 …"), shown
    /// above every question so the learner knows why these questions.
    public var aim: String?

    public enum Phase: Equatable, Sendable {
        /// The learner is choosing; `highlighted` is nil until the learner moves to a choice (a question opens with
        /// nothing chosen), and `picked` holds toggled display positions of a multiple-response question.
        case answering(highlighted: Int?, picked: Set<Int>, notice: Notice?)
        /// The answer is in and its feedback is on screen.
        case reviewing(AnswerOutcome)
        /// Every question is answered and the summary is on screen.
        case finished
    }

    /// A hint shown under the choices when an answer could not be taken as it was.
    public enum Notice: Equatable, Sendable {
        case pickExactly(required: Int, picked: Int)
        /// Enter came with no choice highlighted: nothing was answered.
        case chooseFirst
    }

    /// The phase a question opens in: nothing highlighted, nothing picked.
    public static let unanswered = Phase.answering(highlighted: nil, picked: [], notice: nil)

    public init(id: String, items: [SessionItem], startedAt: Date, aim: String? = nil) {
        self.id = id
        self.aim = aim
        self.items = items
        self.position = 0
        self.phase = items.isEmpty ? .finished : Self.unanswered
        self.outcomes = []
        self.questionShownAt = startedAt
        self.showsStory = items.first?.opensScenario ?? false
    }

    public var current: SessionItem? {
        items.indices.contains(position) ? items[position] : nil
    }

    public var score: Int {
        outcomes.filter(\.isCorrect).count
    }

    /// True until the summary is reached: leaving then would abandon the session.
    public var isUnderWay: Bool {
        phase != .finished
    }

    /// The questions answered wrongly, in the order they were asked.
    public var missed: [SessionItem] {
        let wrong = Set(outcomes.filter { !$0.isCorrect }.map(\.questionID))
        return items.filter { wrong.contains($0.question.id) }
    }
}
