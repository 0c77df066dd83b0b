/// Draws the questions of one attempt at a module: the module's questions in their order, or a subset of
/// `questionCount` of them, each with its choices shuffled (owner questions keep AWS, Customer, Shared). The
/// same seed always gives the same questions with their choices in the same order.
public enum TrainingDraw {
    public static func items(for module: TrainingModule, seed: UInt64) -> [SessionItem] {
        var generator = SeededGenerator(seed: seed)
        var questions = module.questions
        if module.questionCount < questions.count {
            let kept = Set(questions.indices.shuffled(using: &generator).prefix(module.questionCount))
            questions = questions.indices.filter(kept.contains).map { questions[$0] }
        }
        return questions.map { question in
            let indices = Array(question.choices.indices)
            let order = question.kind == .owner ? indices : indices.shuffled(using: &generator)
            return SessionItem(question: question, order: order)
        }
    }
}
