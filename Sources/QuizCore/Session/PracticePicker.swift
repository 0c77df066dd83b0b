/// The home screen's picker (`t`): practice one topic or one CLF-C02 task statement, the same session as
/// `practice --topic ID` or `--task 2.3`. Only topics and tasks the bank has questions or scenarios for are offered.
public struct PracticePicker: Equatable, Sendable {
    /// The bank's topics in its order, then the exam tasks in the guide's order.
    public let choices: [PracticeFocus]
    public var highlighted: Int

    public init(bank: Bank) {
        let topics = Set(bank.questions.map(\.topic) + bank.scenarios.map(\.topic))
        choices = bank.topics.filter { topics.contains($0.id) }.map { .topic($0.id) } + BankCoverage(bank).covered.map { .task($0) }
        highlighted = 0
    }

    /// The highlight moved by `delta`, kept on the list.
    public func moved(by delta: Int) -> PracticePicker {
        var next = self
        next.highlighted = min(max(highlighted + delta, 0), max(choices.count - 1, 0))
        return next
    }

    public var chosen: PracticeFocus? {
        choices.indices.contains(highlighted) ? choices[highlighted] : nil
    }
}
