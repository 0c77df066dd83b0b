/// What a self-assessment found: accuracy per topic, the matrix cells asked and how each went, and the
/// misconceptions (answers that were wrong although the learner was sure) to fix first.
public struct AssessmentResult: Equatable, Sendable {
    /// How one matrix cell went.
    public enum CellMark: Equatable, Sendable {
        case right
        case wrong
        /// Wrong, and the learner was sure.
        case confidentlyWrong
    }

    /// One topic's answers.
    public struct TopicScore: Equatable, Sendable {
        public let topic: String
        public let tally: ProgressTotals.Tally
    }

    public let topics: [TopicScore]
    public let overall: ProgressTotals.Tally
    /// Keyed by service id, then control id.
    public let cells: [String: [String: CellMark]]
    /// Questions answered wrongly with confidence "sure", in the order asked.
    public let misconceptions: [Question]
    /// Right answers given while guessing: knowledge not yet to be relied on.
    public let luckyGuesses: Int

    public init(answers: [AnswerOutcome], bank: Bank) {
        var totals = ProgressTotals()
        var cells: [String: [String: CellMark]] = [:]
        var misconceptions: [Question] = []
        var lucky = 0
        for answer in answers {
            totals.add(topic: answer.topic, credit: answer.credit)
            let confidentlyWrong = !answer.isCorrect && answer.confidence == .sure
            if confidentlyWrong, let question = bank.question(id: answer.questionID) {
                misconceptions.append(question)
            }
            if answer.isCorrect, answer.confidence == .guessing { lucky += 1 }
            if let cell = MatrixQuestions.cell(ofOwnerQuestion: answer.questionID) {
                cells[cell.service, default: [:]][cell.control] = answer.isCorrect ? .right : confidentlyWrong ? .confidentlyWrong : .wrong
            }
        }
        topics = bank.topics.compactMap { topic in totals.byTopic[topic.id].map { TopicScore(topic: topic.id, tally: $0) } }
        overall = totals.overall
        self.cells = cells
        self.misconceptions = misconceptions
        luckyGuesses = lucky
    }
}
