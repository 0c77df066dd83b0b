/// The ways of studying, as answers record where they were given.
public enum StudyMode: String, Codable, Sendable, CaseIterable {
    case practice, exam, train, assess, review, cram, drill
}
