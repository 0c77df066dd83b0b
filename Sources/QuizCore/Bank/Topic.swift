/// A subject area questions are grouped by, for sessions and reports.
public struct Topic: Equatable, Sendable, Codable {
    public let id: String
    public let title: String

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}
