import Foundation
import QuizCore

/// Training modules built in code over owner questions, whose choices are never shuffled (AWS, Customer, Shared),
/// so a test knows which number answers right.
public enum TrainingFixtures {
    public static func ownerQuestion(_ id: String, owner: Owner = .customer) -> Question {
        Question(
            id: id, kind: .owner, topic: "services", difficulty: .easy, serviceModel: .infrastructure,
            prompt: "Who is responsible for \(id) in Amazon EC2?",
            choices: Owner.allCases.map { Choice(text: $0.title, isCorrect: $0 == owner, why: "") },
            explanation: "It is the \(owner.title)'s.", sources: [.seed(file: "003.txt")], checked: "2026-11-22"
        )
    }

    public static func module(_ id: String, title: String, pages: Int, questions: Int, questionCount: Int? = nil) -> TrainingModule {
        TrainingModule(
            id: id, title: title, summary: "What \(title) teaches.",
            pages: (1...pages).map { TrainingPage(title: "\(title), page \($0)", paragraphs: ["The first paragraph of page \($0).", "The second."]) },
            questions: (1...questions).map { ownerQuestion("\(id).q\($0)", owner: Owner.allCases[$0 % 3]) },
            questionCount: questionCount, sources: [.seed(file: "000.txt")], checked: "2026-11-22"
        )
    }

    /// Five questions, two pages: 4 of 5 right is exactly 80%.
    public static let basics = module("t.basics", title: "Basics", pages: 2, questions: 5)
    public static let data = module("t.data", title: "Your data", pages: 1, questions: 2)
    public static let incidents = module("t.incidents", title: "Incidents", pages: 1, questions: 2)

    public static let fingerprint = "f00d"

    /// A result for `module`, `correct` out of its question count, finished `seconds` after `Fixtures.start`.
    public static func result(
        _ module: TrainingModule, correct: Int, at seconds: Double, passMark: PassMark = .standard, testedOut: Bool = false
    ) -> ModuleResult {
        ModuleResult(
            moduleID: module.id, title: module.title, correct: correct, total: module.questionCount, passMark: passMark,
            testedOut: testedOut, startedAt: Fixtures.at(seconds - 60), finishedAt: Fixtures.at(seconds), session: "train-earlier",
            bankFingerprint: fingerprint, questionIds: module.questions.prefix(module.questionCount).map(\.id)
        )
    }

    public static func session(
        _ modules: [TrainingModule] = [basics, data, incidents], earlier: [ModuleResult] = [], passMark: PassMark = .standard
    ) -> TrainingSession {
        TrainingSession(profile: "ada", modules: modules, passMark: passMark, bankFingerprint: fingerprint, earlierResults: earlier, seed: 7)
    }
}
