import Foundation

/// A mock exam under way or finished: the questions, what the learner has picked and flagged, where they are,
/// and the countdown. Nothing is marked until the exam is submitted.
public struct ExamSession: Equatable, Sendable {
    public let id: String
    public let settings: ExamSettings
    public let startedAt: Date
    public let items: [SessionItem]
    /// Display positions picked, per question.
    public var picks: [Set<Int>]
    /// Positions of the questions flagged for review.
    public var flagged: Set<Int>
    /// The question on screen.
    public var position: Int
    /// The highlighted choice of the question on screen: nil until the learner moves to or picks one.
    public var highlighted: Int?
    public var secondsLeft: Double
    /// When the last tick came; nil until the first tick after starting or resuming, which starts the clock.
    public var lastTickAt: Date?
    /// Time spent on each question's screen, for the answers recorded at the end.
    public var secondsOnQuestion: [Double]
    public var warningsShown: Set<TimeWarning>
    /// The warning on screen until the learner's next event.
    public var activeWarning: TimeWarning?
    /// `secondsLeft` when the last snapshot was sent, to send the next after `ExamTimer.snapshotInterval`.
    public var secondsLeftAtLastSnapshot: Double
    public var phase: Phase

    public enum Phase: Equatable, Sendable {
        /// The question at `position` is on screen.
        case answering
        /// Every question with its status, filtered.
        case reviewList(ReviewList)
        /// "Submit?" is on screen over the question, or over the review list when there is one to go back to.
        case confirmingSubmit(returningTo: ReviewList?)
        /// The result screen.
        case finished(ExamResult)
        /// The results question by question: the learner's answer, the right one and the explanation.
        case reviewingResults(ExamResult, position: Int)
    }

    /// The review list as the learner left it: which filter, which row is highlighted, and the question number
    /// being typed to jump to it.
    public struct ReviewList: Equatable, Sendable {
        public var filter: ReviewFilter
        public var highlighted: Int
        public var typedNumber: Int?

        public init(filter: ReviewFilter, highlighted: Int, typedNumber: Int? = nil) {
            self.filter = filter
            self.highlighted = highlighted
            self.typedNumber = typedNumber
        }
    }

    public init(id: String, settings: ExamSettings, items: [SessionItem], startedAt: Date) {
        self.id = id
        self.settings = settings
        self.startedAt = startedAt
        self.items = items
        picks = Array(repeating: [], count: items.count)
        flagged = []
        position = 0
        highlighted = nil
        secondsLeft = settings.timeLimit
        lastTickAt = nil
        secondsOnQuestion = Array(repeating: 0, count: items.count)
        warningsShown = []
        activeWarning = nil
        secondsLeftAtLastSnapshot = settings.timeLimit
        phase = .answering
    }

    public var current: SessionItem? {
        items.indices.contains(position) ? items[position] : nil
    }

    /// True until the exam is submitted: leaving then keeps the snapshot to resume from.
    public var isUnderWay: Bool {
        switch phase {
        case .answering, .reviewList, .confirmingSubmit: true
        case .finished, .reviewingResults: false
        }
    }

    public var result: ExamResult? {
        switch phase {
        case .finished(let result), .reviewingResults(let result, _): result
        case .answering, .reviewList, .confirmingSubmit: nil
        }
    }

    /// A question is answered when it has as many picks as it asks for (one, or "choose two").
    public func isAnswered(_ index: Int) -> Bool {
        picks.indices.contains(index) && picks[index].count == items[index].question.picksRequired
    }

    public var answeredCount: Int {
        items.indices.filter(isAnswered).count
    }

    public var unansweredCount: Int {
        items.count - answeredCount
    }

    /// Positions of the questions the review list shows under `filter`, in exam order.
    public func reviewRows(_ filter: ReviewFilter) -> [Int] {
        switch filter {
        case .all: Array(items.indices)
        case .unanswered: items.indices.filter { !isAnswered($0) }
        case .flagged: items.indices.filter { flagged.contains($0) }
        case .wrong: []
        }
    }

    /// Seconds of the time limit used so far.
    public var secondsUsed: Double {
        settings.timeLimit - secondsLeft
    }
}
