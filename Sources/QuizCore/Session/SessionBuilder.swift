/// Draws a session's questions from a bank: the same seed always gives the same questions, in the same
/// order, with their choices in the same order.
public enum SessionBuilder {
    public static func items(from bank: Bank, count: Int, seed: UInt64) -> [SessionItem] {
        var generator = SeededGenerator(seed: seed)
        let picked = bank.questions.shuffled(using: &generator).prefix(max(0, count))
        return picked.map { question in
            let indices = Array(question.choices.indices)
            let order = question.kind == .owner ? indices : indices.shuffled(using: &generator)
            return SessionItem(question: question, order: order)
        }
    }
}
