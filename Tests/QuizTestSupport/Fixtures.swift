import Foundation
import QuizCore

/// A small bank built in code, one question of each kind, so tests do not depend on the bundled bank's wording.
public enum Fixtures {
    public static let single = Question(
        id: "t.single", kind: .single, topic: "basics", difficulty: .easy, serviceModel: nil,
        prompt: "Who guards the data centres?",
        choices: [
            Choice(text: "AWS", isCorrect: true, why: "Physical security is AWS's."),
            Choice(text: "The customer", isCorrect: false, why: "Customers never enter them."),
            Choice(text: "Nobody", isCorrect: false, why: "Someone must."),
        ],
        explanation: "Facilities are security OF the cloud.", sources: [Fixtures.modelPage, .seed(file: "000.txt")], checked: "2026-11-22"
    )

    public static let multiple = Question(
        id: "t.multiple", kind: .multiple, topic: "basics", difficulty: .medium, serviceModel: nil,
        prompt: "Which are the customer's?",
        choices: [
            Choice(text: "IAM permissions", isCorrect: true, why: "Yours to grant."),
            Choice(text: "Disk disposal", isCorrect: false, why: "AWS's."),
            Choice(text: "Data encryption settings", isCorrect: true, why: "Yours to choose."),
            Choice(text: "Hypervisor patches", isCorrect: false, why: "AWS's."),
        ],
        explanation: "Security IN the cloud is yours.", sources: [Fixtures.modelPage, .seed(file: "002.txt")], checked: "2026-11-22"
    )

    public static let owner = Question(
        id: "t.owner", kind: .owner, topic: "services", difficulty: .easy, serviceModel: .infrastructure,
        prompt: "Who is responsible for patching the guest operating system in Amazon EC2?",
        choices: Owner.allCases.map { Choice(text: $0.title, isCorrect: $0 == .customer, why: "") },
        explanation: "The guest OS is the customer's on EC2.", sources: [Fixtures.modelPage, .seed(file: "003.txt")], checked: "2026-11-22"
    )

    public static let bank = Bank(
        topics: [Topic(id: "basics", title: "Basics"), Topic(id: "services", title: "Services")],
        questions: [single, multiple, owner]
    )

    /// The AWS page the fixture questions cite, beside the seed document they started from.
    public static let modelPage = Source.page(
        title: "Shared Responsibility Model", url: "https://aws.amazon.com/compliance/shared-responsibility-model/",
        supports: "AWS runs security of the cloud; the customer runs security in the cloud."
    )

    public static let start = Date(timeIntervalSince1970: 1_800_000_000)

    public static func at(_ seconds: Double) -> Date {
        start.addingTimeInterval(seconds)
    }

    /// A session over the given questions with choices in bank order.
    public static func session(_ questions: [Question]) -> PracticeSession {
        PracticeSession(
            id: "s1", items: questions.map { SessionItem(question: $0, order: Array($0.choices.indices)) }, startedAt: start
        )
    }

    /// The repository's QuestionBank/ folder.
    public static var bundledBankURL: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("QuestionBank")
    }

    /// A fresh empty directory under the system's temporary folder.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("srm-quiz-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
