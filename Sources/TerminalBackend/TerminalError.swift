/// Why the full-screen terminal could not be started.
public struct TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
