/// What reading a journal found besides the entries it counted: lines it did not count (kept in the journal, and
/// copied aside before the journal is next emptied), blank lines, and a torn last line it dropped.
public struct JournalReport: Equatable, Sendable {
    public struct Problem: Equatable, Sendable {
        /// 1-based.
        public let line: Int
        public let reason: String
    }

    /// How many problems are listed one by one; the rest are only counted.
    static let problemsListed = 5

    /// The first lines not counted, in order (at most `problemsListed`).
    public internal(set) var problems: [Problem] = []
    /// Every line not counted.
    public internal(set) var problemCount = 0
    /// Empty lines, which hold nothing and are simply skipped.
    public internal(set) var blankLines = 0
    /// A last line without its newline that is not an entry: a save a kill cut short, dropped.
    public internal(set) var droppedTornLine = false

    public init() {}

    /// True when lines were not counted: the journal must be copied aside before it is emptied.
    public var needsSetAside: Bool { problemCount > 0 }

    mutating func add(line: Int, _ reason: String) {
        problemCount += 1
        if problems.count < Self.problemsListed { problems.append(Problem(line: line, reason: reason)) }
    }

    /// "line 3 (reason), line 5 (reason) and 2 more lines", or nil when every line was counted.
    public var summary: String? {
        guard problemCount > 0 else { return nil }
        let listed = problems.map { "line \($0.line) (\($0.reason))" }.joined(separator: ", ")
        let more = problemCount - problems.count
        let lines = problemCount == 1 ? "1 line was" : "\(problemCount) lines were"
        return "\(lines) not counted: \(listed)\(more > 0 ? " and \(more) more" : "")"
    }
}
