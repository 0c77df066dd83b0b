/// Answered and correct counts, overall and per topic: correct and accuracy as README's "What the figures mean" has them.
public struct ProgressTotals: Equatable, Sendable {
    public struct Tally: Equatable, Sendable {
        public var answered: Int
        /// Right answers, each counted at its credit (see `Credit`): a whole number unless a drill cell was half right.
        public var correct: Double

        public init(answered: Int = 0, correct: Double = 0) {
            self.answered = answered
            self.correct = correct
        }

        /// Accuracy: credit over answers, from 0 to 1, or nil before any answer.
        public var accuracy: Double? {
            answered == 0 ? nil : correct / Double(answered)
        }

        mutating func add(credit: Double) {
            answered += 1
            correct += credit
        }
    }

    public var overall: Tally
    public var byTopic: [String: Tally]

    public init(overall: Tally = Tally(), byTopic: [String: Tally] = [:]) {
        self.overall = overall
        self.byTopic = byTopic
    }

    public init(answers: some Sequence<(topic: String, isCorrect: Bool)>) {
        self.init(credits: answers.lazy.map { (topic: $0.topic, credit: Credit.of(correct: $0.isCorrect)) })
    }

    public init(credits: some Sequence<(topic: String, credit: Double)>) {
        self.init()
        for answer in credits { add(topic: answer.topic, credit: answer.credit) }
    }

    public mutating func add(topic: String, isCorrect: Bool) {
        add(topic: topic, credit: Credit.of(correct: isCorrect))
    }

    /// An answer counted at its credit under its topic.
    public mutating func add(_ answer: AnswerRecord) {
        add(topic: answer.topic, credit: answer.credit)
    }

    public mutating func add(topic: String, credit: Double) {
        overall.add(credit: credit)
        byTopic[topic, default: Tally()].add(credit: credit)
    }
}
