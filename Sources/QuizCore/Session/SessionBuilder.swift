/// Draws a session's questions from a bank, taking topics in turn so that no one topic (the matrix's many
/// generated questions, say) crowds out the others. An incident scenario is drawn as one unit of its topic: all
/// its steps, in order, when the session has room for them. The same seed always gives the same questions, in
/// the same order, with their choices in the same order.
public enum SessionBuilder {
    /// One draw from a topic: a question, or a scenario's steps.
    private enum Unit {
        case question(Question)
        case scenario(Scenario)

        var topic: String {
            switch self {
            case .question(let question): question.topic
            case .scenario(let scenario): scenario.topic
            }
        }

        var size: Int {
            switch self {
            case .question: 1
            case .scenario(let scenario): scenario.steps.count
            }
        }
    }

    public static func items(from bank: Bank, count: Int, seed: UInt64) -> [SessionItem] {
        items(from: bank, count: count, seed: seed) { _ in true }
    }

    /// A draw as above from the questions `isIncluded` accepts, and the scenarios with a step it accepts.
    public static func items(from bank: Bank, count: Int, seed: UInt64, including isIncluded: (Question) -> Bool) -> [SessionItem] {
        var generator = SeededGenerator(seed: seed)
        let scenarios = bank.scenarios.filter { $0.steps.contains { isIncluded($0.question) } }
        let units = bank.questions.filter(isIncluded).map(Unit.question) + scenarios.map(Unit.scenario)
        let topics = Dictionary(grouping: units, by: \.topic)
        var queues = topics.keys.sorted().shuffled(using: &generator).map { topics[$0]!.shuffled(using: &generator) }
        var picked: [SessionItem] = []
        while picked.count < count, queues.contains(where: { !$0.isEmpty }) {
            for index in queues.indices where !queues[index].isEmpty && picked.count < count {
                let room = count - picked.count
                guard let fitting = queues[index].firstIndex(where: { $0.size <= room }) else {
                    queues[index].removeAll()
                    continue
                }
                switch queues[index].remove(at: fitting) {
                case .question(let question): picked.append(item(for: question, using: &generator))
                case .scenario(let scenario): picked += steps(of: scenario, using: &generator)
                }
            }
        }
        return picked
    }

    /// Every step of one scenario, in order: what `practice --scenario ID` plays.
    public static func items(playing scenario: Scenario, seed: UInt64) -> [SessionItem] {
        var generator = SeededGenerator(seed: seed)
        return steps(of: scenario, using: &generator)
    }

    private static func steps(of scenario: Scenario, using generator: inout SeededGenerator) -> [SessionItem] {
        scenario.steps.enumerated().map { step, content in
            item(for: content.question, placement: ScenarioPlacement(scenario, step: step), using: &generator)
        }
    }

    /// The question with its choices shuffled (an owner question's stay AWS, Customer, Shared).
    public static func item(
        for question: Question, placement: ScenarioPlacement? = nil, using generator: inout SeededGenerator
    ) -> SessionItem {
        let indices = Array(question.choices.indices)
        let order = question.kind == .owner ? indices : indices.shuffled(using: &generator)
        return SessionItem(question: question, order: order, scenario: placement)
    }
}
