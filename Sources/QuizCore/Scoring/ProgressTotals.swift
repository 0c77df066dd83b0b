/// Answered and correct counts, overall and per topic.
public struct ProgressTotals: Equatable, Sendable {
    public struct Tally: Equatable, Sendable {
        public var answered: Int
        public var correct: Int

        public init(answered: Int = 0, correct: Int = 0) {
            self.answered = answered
            self.correct = correct
        }

        /// Share of right answers from 0 to 1, or nil before any answer.
        public var accuracy: Double? {
            answered == 0 ? nil : Double(correct) / Double(answered)
        }

        mutating func add(isCorrect: Bool) {
            answered += 1
            if isCorrect { correct += 1 }
        }
    }

    public var overall: Tally
    public var byTopic: [String: Tally]

    public init(overall: Tally = Tally(), byTopic: [String: Tally] = [:]) {
        self.overall = overall
        self.byTopic = byTopic
    }

    public init(answers: some Sequence<(topic: String, isCorrect: Bool)>) {
        self.init()
        for answer in answers { add(topic: answer.topic, isCorrect: answer.isCorrect) }
    }

    public mutating func add(topic: String, isCorrect: Bool) {
        overall.add(isCorrect: isCorrect)
        byTopic[topic, default: Tally()].add(isCorrect: isCorrect)
    }
}
