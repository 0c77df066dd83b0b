import Foundation
@testable import QuizCore
import QuizTestSupport

/// A bank with a question of each service model, a scenario and two training modules, and progress files built
/// on it answer by answer, for the report tests.
enum ReportFixtures {
    static let container = question("t.container", topic: "services", model: .container)

    /// A scenario about an abstracted service whose step leaves its service model to the scenario.
    static let scenario = Scenario(
        id: "t.scenario", title: "The public bucket", topic: "basics", difficulty: .easy, serviceModel: .abstracted,
        narrative: "A bucket was made public.",
        steps: [ScenarioStep(aim: .responsibility, question: question("t.scenario.who", topic: "basics", model: nil))],
        summary: "Keep Block Public Access on.", sources: [.seed(file: "000.txt")], checked: "2026-11-22"
    )

    static let bank = Bank(
        topics: Fixtures.bank.topics, questions: [Fixtures.single, Fixtures.owner, container], scenarios: [scenario],
        trainingModules: [TrainingFixtures.basics, TrainingFixtures.data]
    )

    static let fingerprint = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"

    static func question(_ id: String, topic: String, model: ServiceModel?) -> Question {
        Question(
            id: id, kind: .owner, topic: topic, difficulty: .easy, serviceModel: model, prompt: "Who is responsible for \(id)?",
            choices: Owner.allCases.map { Choice(text: $0.title, isCorrect: $0 == .customer, why: "") },
            explanation: "It is the customer's.", sources: [.seed(file: "003.txt")], checked: "2026-11-22"
        )
    }

    static func answer(
        _ id: String, topic: String = "basics", correct: Bool = true, at seconds: Double = 0, session: String = "s1",
        mode: String = "practice", confidence: Confidence? = nil, chosen: [Int] = [1]
    ) -> AnswerRecord {
        AnswerRecord(
            questionId: id, topic: topic, chosen: chosen, correct: correct, seconds: 4.25, answeredAt: Fixtures.at(seconds),
            session: session, mode: mode, confidence: confidence
        )
    }

    static func progress(_ profile: String = "ada", answers: [AnswerRecord] = []) -> ProgressFile {
        var progress = ProgressFile(profile: profile, createdAt: Fixtures.start)
        for answer in answers { progress.record(answer) }
        return progress
    }

    /// A finished exam, as the progress file keeps it.
    static func exam(_ id: String, correct: Int, of questions: Int, finishedAt seconds: Double) throws -> ExamRecord {
        let scaled = ScaledScore.estimate(correct: correct, total: questions)
        let json = """
            {"id": "\(id)", "startedAt": "\(ISODate.text(Fixtures.at(seconds - 3600)))", "finishedAt": "\(ISODate.text(Fixtures.at(seconds)))",
             "questions": \(questions), "correct": \(correct), "scaledEstimate": \(scaled), "passed": \(scaled >= ScaledScore.passLine),
             "secondsUsed": 3600, "howEnded": "submitted", "topics": []}
            """
        return try ProgressCoding.decoder().decode(ExamRecord.self, from: Data(json.utf8))
    }

    /// Basics passed at 4 of 5 and Your data at 2 of 2, then the completion record they make.
    static func completedTraining(_ progress: inout ProgressFile) {
        let results = [
            TrainingFixtures.result(TrainingFixtures.basics, correct: 3, at: 100),
            TrainingFixtures.result(TrainingFixtures.basics, correct: 4, at: 200),
            TrainingFixtures.result(TrainingFixtures.data, correct: 2, at: 300),
        ]
        for result in results { progress.apply(.moduleResult(result)) }
        let record = CompletionRecord(
            profile: progress.profile, modules: bank.trainingModules, results: results, passMark: .standard,
            bankFingerprint: fingerprint, completedAt: Fixtures.at(300)
        )
        progress.apply(.completion(record!))
    }
}
