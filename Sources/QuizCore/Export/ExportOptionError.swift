/// An export option given a value it cannot use; the message names the option and says what it takes.
public struct ExportOptionError: Error, Equatable, Sendable, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
