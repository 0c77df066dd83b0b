import Foundation

/// How well a bank's items are sourced and tagged: how many cite an AWS page (docs.aws.amazon.com or
/// aws.amazon.com) that says what it settles (`supports`), how many lean on a seed document alone, and how many
/// name the CLF-C02 task statement they serve, with the count per task of the security domain. Scenarios and
/// training modules count for sourcing (their own `sources`); only questions and cells carry an exam task.
public struct BankSourcing: Equatable, Sendable {
    /// Items looked at: hand-written questions, scenario steps, matrix cells, scenarios and training modules.
    public let items: Int
    /// Items citing no page on an AWS site.
    public let withoutAWSPage: Int
    /// Items with an AWS page but none that says what it supports.
    public let withoutSupports: Int
    /// Items whose only sources are seed documents.
    public let seedOnly: Int
    /// Items without an exam task.
    public let withoutExamTask: Int
    /// How many items serve one exam task.
    public struct TaskCount: Equatable, Sendable {
        public let task: ExamTask
        public let items: Int
    }

    /// Items per task of the security domain (2.1 to 2.4), tasks with none included.
    public let perSecurityTask: [TaskCount]
    /// Matrix services and controls declared without a single cell: declared, never asked.
    public let servicesWithoutCells: [String]
    public let controlsWithoutCells: [String]
    /// Whether the bank has a glossary a learner can open from any question.
    public let hasGlossary: Bool

    public init(_ bank: Bank) {
        let generated = Set(MatrixQuestions.generate(from: bank.matrix).map(\.id))
        let questions = bank.questions.filter { !generated.contains($0.id) } + bank.scenarios.flatMap(\.steps).map(\.question)
        let tagged: [(sources: [Source], task: ExamTask?)] = questions.map { ($0.sources, $0.examTask) }
            + bank.matrix.cells.map { ($0.sources, $0.examTask) }
        let sourced = tagged.map(\.sources) + bank.scenarios.map(\.sources) + bank.trainingModules.map(\.sources)
            + bank.glossary.map(\.sources)
        hasGlossary = !bank.glossary.isEmpty
        items = sourced.count
        withoutAWSPage = sourced.count { !$0.contains(where: Self.isAWSPage) }
        withoutSupports = sourced.count { sources in
            sources.contains(where: Self.isAWSPage) && !sources.contains { Self.isAWSPage($0) && Self.supports($0) != nil }
        }
        seedOnly = sourced.count { !$0.contains(where: \.isPage) }
        withoutExamTask = tagged.count { $0.task == nil }
        perSecurityTask = ExamTask.securityDomain.map { task in TaskCount(task: task, items: tagged.count { $0.task == task }) }
        let cells = bank.matrix.cells
        servicesWithoutCells = bank.matrix.services.map(\.id).filter { id in !cells.contains { $0.service == id } }
        controlsWithoutCells = bank.matrix.controls.map(\.id).filter { id in !cells.contains { $0.control == id } }
    }

    /// True for a page on docs.aws.amazon.com or aws.amazon.com.
    public static func isAWSPage(_ source: Source) -> Bool {
        guard case let .page(_, url, _) = source, let host = URL(string: url)?.host?.lowercased() else { return false }
        return host == "aws.amazon.com" || host == "docs.aws.amazon.com"
    }

    static func supports(_ source: Source) -> String? {
        guard case let .page(_, _, supports) = source else { return nil }
        return supports
    }

    /// The figures as lines for `validate`.
    public var report: [String] {
        ["sourcing over \(items) items (questions, scenario steps, matrix cells, scenarios, training modules, glossary terms):",
         "  without an AWS page: \(withoutAWSPage); AWS page without supports: \(withoutSupports); seed documents only: \(seedOnly)",
         "  without an exam task: \(withoutExamTask); security domain: "
            + perSecurityTask.map { "\($0.task.id) \($0.items)" }.joined(separator: ", ")]
    }

    /// What still falls short of Bank v2's rule (an AWS page with supports and an exam task on every item), in words.
    public var shortfalls: [String] {
        var lines: [String] = []
        if withoutAWSPage > 0 { lines.append("\(withoutAWSPage) of \(items) items cite no AWS page") }
        if withoutSupports > 0 { lines.append("\(withoutSupports) of \(items) items cite an AWS page without saying what it supports") }
        if seedOnly > 0 { lines.append("\(seedOnly) of \(items) items cite only seed documents") }
        if withoutExamTask > 0 { lines.append("\(withoutExamTask) questions or matrix cells name no exam task (examTask)") }
        for count in perSecurityTask where count.items == 0 { lines.append("no item serves exam task \(count.task)") }
        if !hasGlossary { lines.append("the bank has no glossary.json for learners to look terms up in") }
        for service in servicesWithoutCells { lines.append("matrix service \(service) has no cells: add matrix/cells/\(service).json") }
        for control in controlsWithoutCells { lines.append("matrix control \(control) has no cells in any service") }
        return lines
    }
}
