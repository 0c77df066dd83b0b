/// A question as one session shows it: its choices in the order they appear on screen.
public struct SessionItem: Equatable, Sendable {
    public let question: Question
    /// Bank indices of the question's choices, in display order.
    public let order: [Int]
    /// Where the question is a step of an incident scenario: the story it belongs to.
    public let scenario: ScenarioPlacement?

    public init(question: Question, order: [Int], scenario: ScenarioPlacement? = nil) {
        self.question = question
        self.order = order
        self.scenario = scenario
    }

    /// The choices in display order.
    public var shownChoices: [Choice] {
        order.map { question.choices[$0] }
    }

    /// Display positions of the right choices.
    public var correctPositions: Set<Int> {
        Set(order.indices.filter { question.choices[order[$0]].isCorrect })
    }

    /// True for the first step of a scenario, whose story is read before it is asked.
    public var opensScenario: Bool {
        scenario?.step == 0
    }

    /// True for the last step of a scenario, after which its summary is shown.
    public var closesScenario: Bool {
        scenario.map { $0.step == $0.stepCount - 1 } ?? false
    }
}

/// A scenario step's place: which story, and which of its steps.
public struct ScenarioPlacement: Equatable, Sendable {
    public let scenarioID: String
    public let title: String
    public let narrative: String
    /// What should have been done, shown after the last step.
    public let summary: String
    /// 0-based.
    public let step: Int
    public let stepCount: Int

    public init(_ scenario: Scenario, step: Int) {
        scenarioID = scenario.id
        title = scenario.title
        narrative = scenario.narrative
        summary = scenario.summary
        self.step = step
        stepCount = scenario.steps.count
    }
}
