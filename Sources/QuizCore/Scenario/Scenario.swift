/// An incident told as a short story, then asked about step by step.
public struct Scenario: Equatable, Sendable, Identifiable {
    public let id: String
    public let title: String
    public let topic: String
    public let difficulty: Difficulty
    public let serviceModel: ServiceModel?
    public let narrative: String
    public let steps: [ScenarioStep]
    /// What should have been done, shown at the end.
    public let summary: String
    public let sources: [Source]
    public let checked: String
}

public struct ScenarioStep: Equatable, Sendable {
    public let aim: ScenarioAim
    public let question: Question
}

/// What a step asks about; every scenario asks all four.
public enum ScenarioAim: String, Codable, Sendable, CaseIterable {
    /// Who was responsible for what went wrong.
    case responsibility
    /// Which control failed.
    case failedControl = "failed-control"
    /// Which AWS service or setting would have prevented or detected it.
    case prevention
    /// What to do now.
    case response
}
