/// Which CLF-C02 task statements a bank's items serve (from their `examTask` tags) and which none does: what the
/// home screen, `--help`, `validate` and the README say about the exam the app prepares for.
public struct BankCoverage: Equatable, Sendable {
    /// The exam guide's four domains, by the digit their task ids start with.
    public static let domains: [(id: String, title: String)] = [
        ("1", "Cloud Concepts"), ("2", "Security and Compliance"), ("3", "Cloud Technology and Services"),
        ("4", "Billing, Pricing, and Support"),
    ]

    /// Items (questions and scenario steps) per task served, in the guide's order.
    public let items: [(task: ExamTask, count: Int)]

    public init(_ bank: Bank) {
        var counts: [ExamTask: Int] = [:]
        for question in bank.questions { if let task = question.examTask { counts[task, default: 0] += 1 } }
        for step in bank.scenarios.flatMap(\.steps) { if let task = step.question.examTask { counts[task, default: 0] += 1 } }
        items = ExamTask.all.compactMap { task in counts[task].map { (task, $0) } }
    }

    public static func == (lhs: BankCoverage, rhs: BankCoverage) -> Bool {
        lhs.items.map(\.task) == rhs.items.map(\.task) && lhs.items.map(\.count) == rhs.items.map(\.count)
    }

    public var covered: [ExamTask] { items.map(\.task) }

    public var uncovered: [ExamTask] {
        let served = Set(covered)
        return ExamTask.all.filter { !served.contains($0) }
    }

    /// "CLF-C02 coverage: all of domain 2 (Security and Compliance) and task 3.2 of domain 3; nothing from
    /// domains 1 and 4 or from the other tasks of domain 3."
    public var sentence: String {
        guard !covered.isEmpty else { return "CLF-C02 coverage: no item is tagged with an exam task." }
        var whole: [String] = [], partial: [String] = [], none: [String] = [], rest: [String] = []
        for domain in Self.domains {
            let tasks = ExamTask.all.filter { $0.id.hasPrefix(domain.id + ".") }
            let served = tasks.filter(covered.contains)
            if served.count == tasks.count {
                whole.append("domain \(domain.id) (\(domain.title))")
            } else if served.isEmpty {
                none.append(domain.id)
            } else {
                let ids = served.map(\.id)
                partial.append("task\(ids.count == 1 ? "" : "s") \(Self.listed(ids)) of domain \(domain.id)")
                rest.append(domain.id)
            }
        }
        let wholeText = whole.isEmpty ? [] : ["all of " + Self.listed(whole)]
        var text = "CLF-C02 coverage: " + Self.listed(wholeText + partial)
        var missing: [String] = []
        if !none.isEmpty { missing.append("domain\(none.count == 1 ? "" : "s") \(Self.listed(none))") }
        if !rest.isEmpty { missing.append("the other tasks of domain\(rest.count == 1 ? "" : "s") \(Self.listed(rest))") }
        if !missing.isEmpty { text += "; nothing from " + missing.joined(separator: " or from ") }
        return text + "."
    }

    /// "a", "a and b", "a, b and c".
    static func listed(_ parts: [String]) -> String {
        guard let last = parts.last, parts.count > 1 else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + " and " + last
    }
}
