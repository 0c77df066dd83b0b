/// Why a policy file cannot be used: it cannot be read (exit 74), or what it says is wrong (exit 65). Either way
/// nothing of it is applied.
public enum PolicyError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case invalid(path: String, problems: [PolicyProblem])

    public var description: String {
        switch self {
        case let .unreadable(path, reason):
            "policy file \(path): \(reason)"
        case let .invalid(path, problems):
            problems.map { "policy file \(path): \($0)" }.joined(separator: "\n")
        }
    }

    /// True for problems with what the file says rather than with reading it.
    public var isBadData: Bool {
        if case .invalid = self { return true }
        return false
    }
}

/// One thing wrong in a policy file: the field (nil for the file as a whole) and what is wrong with it.
public struct PolicyProblem: Equatable, Sendable, CustomStringConvertible {
    public let field: String?
    public let message: String

    public init(field: String?, _ message: String) {
        self.field = field
        self.message = message
    }

    public var description: String {
        field.map { "\($0): \(message)" } ?? message
    }
}
