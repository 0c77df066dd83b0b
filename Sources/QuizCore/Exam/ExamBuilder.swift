import Foundation

/// Draws a mock exam from a bank. Topics take turns, as in `SessionBuilder`, so the exam is balanced across
/// them; questions made from the matrix are one of those topics and fill at most a quarter of the exam (rounded
/// down), so most questions are hand-written, unless the hand-written ones run out, when generated ones make up
/// the count. A bank with fewer questions than asked for gives them all. The questions are then shuffled, and
/// so are their choices (owner questions keep AWS, Customer, Shared). The same seed gives the same exam. A
/// focused exam draws only the questions `isIncluded` keeps.
public enum ExamBuilder {
    public static func items(
        from bank: Bank, count: Int, seed: UInt64, including isIncluded: (Question) -> Bool = { _ in true }
    ) -> [SessionItem] {
        var generator = SeededGenerator(seed: seed)
        let pool = bank.questions.filter(isIncluded)
        let target = min(max(count, 0), pool.count)
        let generatedLimit = target / 4
        let isGenerated = { (question: Question) in question.topic == MatrixQuestions.topic }
        let topics = Dictionary(grouping: pool, by: \.topic)
        var queues = topics.keys.sorted().shuffled(using: &generator).map { topics[$0]!.shuffled(using: &generator) }
        var picked: [Question] = []
        var generatedTaken = 0
        let mayTake = { (queue: [Question]) in
            guard let first = queue.first else { return false }
            return !isGenerated(first) || generatedTaken < generatedLimit
        }
        while picked.count < target, queues.contains(where: mayTake) {
            for index in queues.indices where picked.count < target && mayTake(queues[index]) {
                let question = queues[index].removeFirst()
                if isGenerated(question) { generatedTaken += 1 }
                picked.append(question)
            }
        }
        let leftOver = queues.flatMap { $0 }
        picked += leftOver.prefix(target - picked.count)
        return picked.shuffled(using: &generator).map { question in
            let indices = Array(question.choices.indices)
            let order = question.kind == .owner ? indices : indices.shuffled(using: &generator)
            return SessionItem(question: question, order: order)
        }
    }

    /// A new exam drawn with the settings' seed, its id made from the start time and the seed.
    public static func session(
        from bank: Bank, settings: ExamSettings, at now: Date, including isIncluded: (Question) -> Bool = { _ in true }
    ) -> ExamSession {
        let id = "exam-\(Int64((now.timeIntervalSince1970 * 1000).rounded()))-\(settings.seed)"
        let items = items(from: bank, count: settings.questionCount, seed: settings.seed, including: isIncluded)
        return ExamSession(id: id, settings: settings, items: items, startedAt: now)
    }
}
