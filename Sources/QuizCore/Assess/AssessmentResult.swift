/// What a self-assessment found: the score, how often each confidence was right (`Calibration`), accuracy per
/// topic, every wrong answer grouped by how sure the learner was (confidently wrong first), and the right answers
/// that were guesses.
public struct AssessmentResult: Equatable, Sendable {
    /// One topic's answers.
    public struct TopicScore: Equatable, Sendable {
        public let topic: String
        public let tally: ProgressTotals.Tally
    }

    /// An answer worth going over: the question, what the learner chose (bank indices) and how sure they were.
    public struct Answered: Equatable, Sendable {
        public let question: Question
        public let chosen: [Int]
        public let confidence: Confidence?

        /// The texts of the choices picked, in bank order.
        public var chosenTexts: [String] {
            chosen.filter { question.choices.indices.contains($0) }.map { question.choices[$0].text }
        }

        /// The texts of the right choices, in bank order.
        public var rightTexts: [String] {
            question.choices.filter(\.isCorrect).map(\.text)
        }
    }

    /// The wrong answers given with one confidence (nil: none was given), in the order asked.
    public struct WrongGroup: Equatable, Sendable {
        public let confidence: Confidence?
        public let answers: [Answered]
    }

    public let topics: [TopicScore]
    public let overall: ProgressTotals.Tally
    public let calibration: Calibration
    /// Every wrong answer: given while sure first (misconceptions to fix first), then unsure, then guessing; groups
    /// with no answer left out.
    public let wrong: [WrongGroup]
    /// Right answers given while guessing: knowledge not yet to be relied on.
    public let luckyGuesses: [Answered]

    /// Answers to questions no longer in the bank count in the figures but cannot be shown.
    public init(answers: [AnswerOutcome], bank: Bank) {
        var totals = ProgressTotals()
        var wrongByConfidence: [Confidence?: [Answered]] = [:]
        var lucky: [Answered] = []
        for answer in answers {
            totals.add(topic: answer.topic, credit: answer.credit)
            guard let question = bank.question(id: answer.questionID) else { continue }
            let answered = Answered(question: question, chosen: answer.chosen, confidence: answer.confidence)
            if !answer.isCorrect {
                wrongByConfidence[answer.confidence, default: []].append(answered)
            } else if Self.isLuckyGuess(answer) {
                lucky.append(answered)
            }
        }
        topics = bank.topics.compactMap { topic in totals.byTopic[topic.id].map { TopicScore(topic: topic.id, tally: $0) } }
        overall = totals.overall
        calibration = Calibration(answers)
        wrong = (Confidence.allCases.map { Optional($0) } + [nil]).compactMap { confidence in
            wrongByConfidence[confidence].map { WrongGroup(confidence: confidence, answers: $0) }
        }
        luckyGuesses = lucky
    }

    /// A lucky guess: a right answer given while guessing (README, "What the figures mean").
    public static func isLuckyGuess(_ answer: AnswerOutcome) -> Bool {
        answer.isCorrect && answer.confidence == .guessing
    }

    /// Questions answered wrongly with confidence "sure", in the order asked.
    public var misconceptions: [Question] {
        wrong.first { $0.confidence == .sure }?.answers.map(\.question) ?? []
    }

    /// Every wrong answer shown, in all groups.
    public var wrongCount: Int {
        wrong.map(\.answers.count).reduce(0, +)
    }
}
