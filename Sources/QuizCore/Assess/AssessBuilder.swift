/// Draws a self-assessment: half of it owner questions about matrix cells spread so that every service and every
/// control is asked about as evenly as the length allows, half hand-written questions taking every other topic in
/// turn. The same seed gives the same assessment.
public enum AssessBuilder {
    public static let defaultCount = 30

    public static func items(from bank: Bank, count: Int, seed: UInt64) -> [SessionItem] {
        var generator = SeededGenerator(seed: seed)
        let written = bank.questions.filter { $0.topic != MatrixQuestions.topic }
        let matrixShare = bank.matrix.cells.isEmpty ? 0 : written.isEmpty ? count : (count + 1) / 2
        let cells = spreadCells(bank, count: matrixShare, using: &generator)
        let topics = topicsInTurn(written, count: count - cells.count, using: &generator)
        var questions = cells + topics
        questions.shuffle(using: &generator)
        return questions.map { question in
            let indices = Array(question.choices.indices)
            let order = question.kind == .owner ? indices : indices.shuffled(using: &generator)
            return SessionItem(question: question, order: order)
        }
    }

    /// Owner questions for `count` cells, each time from the service and control asked least so far.
    private static func spreadCells(_ bank: Bank, count: Int, using generator: inout SeededGenerator) -> [Question] {
        var remaining = bank.matrix.cells.shuffled(using: &generator)
        var servicesAsked: [String: Int] = [:]
        var controlsAsked: [String: Int] = [:]
        var picked: [Question] = []
        while picked.count < count, !remaining.isEmpty {
            let best = remaining.indices.min { a, b in
                let left = servicesAsked[remaining[a].service, default: 0] + controlsAsked[remaining[a].control, default: 0]
                let right = servicesAsked[remaining[b].service, default: 0] + controlsAsked[remaining[b].control, default: 0]
                return left < right
            }!
            let cell = remaining.remove(at: best)
            servicesAsked[cell.service, default: 0] += 1
            controlsAsked[cell.control, default: 0] += 1
            if let question = bank.question(id: cell.ownerQuestionID) {
                picked.append(question)
            }
        }
        return picked
    }

    private static func topicsInTurn(_ questions: [Question], count: Int, using generator: inout SeededGenerator) -> [Question] {
        let byTopic = Dictionary(grouping: questions, by: \.topic)
        var queues = byTopic.keys.sorted().shuffled(using: &generator).map { byTopic[$0]!.shuffled(using: &generator) }
        var picked: [Question] = []
        while picked.count < count, queues.contains(where: { !$0.isEmpty }) {
            for index in queues.indices where !queues[index].isEmpty && picked.count < count {
                picked.append(queues[index].removeFirst())
            }
        }
        return picked
    }
}
