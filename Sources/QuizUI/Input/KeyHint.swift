/// One entry of the hint line: the keys and what they do now.
public struct KeyHint: Equatable, Sendable {
    public let keys: String
    public let action: String

    public init(_ keys: String, _ action: String) {
        self.keys = keys
        self.action = action
    }
}
