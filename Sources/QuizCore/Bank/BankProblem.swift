/// One thing wrong with a bank file, printed as `FILE: ID: FIELD: message`.
public struct BankProblem: Equatable, Sendable, CustomStringConvertible {
    public let file: String
    /// The question id, or `-` when the problem is not inside one question.
    public let id: String
    /// The field at fault, or `-` when the whole file or question is.
    public let field: String
    public let message: String

    public init(file: String, id: String = "-", field: String = "-", message: String) {
        self.file = file
        self.id = id
        self.field = field
        self.message = message
    }

    public var description: String { "\(file): \(id): \(field): \(message)" }
}

/// Why a bank could not be used: every problem found, so a bank is never half-loaded.
public struct BankError: Error, Equatable, Sendable, CustomStringConvertible {
    public let problems: [BankProblem]

    public init(problems: [BankProblem]) {
        self.problems = problems
    }

    public var description: String {
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        return (problems.map(\.description) + ["\(count) in the question bank"]).joined(separator: "\n")
    }
}
