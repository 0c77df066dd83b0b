import Foundation

/// A task statement of the AWS Certified Cloud Practitioner exam guide (CLF-C02), such as 2.1 "Understand the AWS
/// shared responsibility model": what a bank item serves, so results can be given per exam task.
public struct ExamTask: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// "2.1": the domain, a dot, the task.
    public let id: String
    public let title: String

    /// Every task statement of CLF-C02, in the guide's order.
    public static let all: [ExamTask] = [
        ("1.1", "Define the benefits of the AWS Cloud"),
        ("1.2", "Identify design principles of the AWS Cloud"),
        ("1.3", "Understand the benefits of and strategies for migration to the AWS Cloud"),
        ("1.4", "Understand concepts of cloud economics"),
        ("2.1", "Understand the AWS shared responsibility model"),
        ("2.2", "Understand AWS Cloud security, governance, and compliance concepts"),
        ("2.3", "Identify AWS access management capabilities"),
        ("2.4", "Identify components and resources for security"),
        ("3.1", "Define methods of deploying and operating in the AWS Cloud"),
        ("3.2", "Define the AWS global infrastructure"),
        ("3.3", "Identify AWS compute services"),
        ("3.4", "Identify AWS database services"),
        ("3.5", "Identify AWS network services"),
        ("3.6", "Identify AWS storage services"),
        ("3.7", "Identify AWS artificial intelligence and machine learning (AI/ML) services and analytics services"),
        ("3.8", "Identify services from other in-scope AWS technology categories"),
        ("4.1", "Compare AWS pricing models"),
        ("4.2", "Understand resources for billing, budget, and cost management"),
        ("4.3", "Identify AWS technical resources and AWS Support options"),
    ].map { ExamTask(id: $0.0, title: $0.1) }

    /// The security domain's tasks, which this app's bank must cover.
    public static let securityDomain = all.filter { $0.id.hasPrefix("2.") }

    private init(id: String, title: String) {
        self.id = id
        self.title = title
    }

    /// The task with this id, or nil when CLF-C02 has none.
    public init?(id: String) {
        guard let task = Self.all.first(where: { $0.id == id }) else { return nil }
        self = task
    }

    public var description: String {
        "\(id) \(title)"
    }

    public static func < (lhs: ExamTask, rhs: ExamTask) -> Bool {
        lhs.id.compare(rhs.id, options: .numeric) == .orderedAscending
    }
}
