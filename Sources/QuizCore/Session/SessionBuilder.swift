/// Draws a session's questions from a bank, taking topics in turn so that no one topic (the matrix's many
/// generated questions, say) crowds out the others. The same seed always gives the same questions, in the
/// same order, with their choices in the same order.
public enum SessionBuilder {
    public static func items(from bank: Bank, count: Int, seed: UInt64) -> [SessionItem] {
        var generator = SeededGenerator(seed: seed)
        let topics = Dictionary(grouping: bank.questions, by: \.topic)
        var queues = topics.keys.sorted().shuffled(using: &generator).map { topics[$0]!.shuffled(using: &generator) }
        var picked: [Question] = []
        while picked.count < count, queues.contains(where: { !$0.isEmpty }) {
            for index in queues.indices where !queues[index].isEmpty && picked.count < count {
                picked.append(queues[index].removeFirst())
            }
        }
        return picked.map { item(for: $0, using: &generator) }
    }

    /// The question with its choices shuffled (an owner question's stay AWS, Customer, Shared).
    public static func item(for question: Question, using generator: inout SeededGenerator) -> SessionItem {
        let indices = Array(question.choices.indices)
        let order = question.kind == .owner ? indices : indices.shuffled(using: &generator)
        return SessionItem(question: question, order: order)
    }
}
