/// How sure the learner said they were of an answer (self-assessment asks; other modes leave it out).
public enum Confidence: String, Codable, Sendable, CaseIterable {
    case sure, unsure, guessing

    public var title: String {
        switch self {
        case .sure: "Sure"
        case .unsure: "Unsure"
        case .guessing: "Guessing"
        }
    }
}
