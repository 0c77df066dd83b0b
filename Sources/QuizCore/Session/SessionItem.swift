/// A question as one session shows it: its choices in the order they appear on screen.
public struct SessionItem: Equatable, Sendable {
    public let question: Question
    /// Bank indices of the question's choices, in display order.
    public let order: [Int]

    public init(question: Question, order: [Int]) {
        self.question = question
        self.order = order
    }

    /// The choices in display order.
    public var shownChoices: [Choice] {
        order.map { question.choices[$0] }
    }

    /// Display positions of the right choices.
    public var correctPositions: Set<Int> {
        Set(order.indices.filter { question.choices[order[$0]].isCorrect })
    }
}
