import Foundation
import QuizCore

/// Makes a learner's history of any length: a progress file with that many answers, spread over a year.
enum ProfileGenerator {
    static func progress(answers count: Int, profile: String, endingAt end: Date) -> ProgressFile {
        var progress = ProgressFile(profile: profile, createdAt: end.addingTimeInterval(-366 * 86_400))
        let step = 365 * 86_400 / Double(max(count, 1))
        for number in 0..<count {
            let outcome = AnswerOutcome(
                questionID: "generated.q-\(number % 5_000)", topic: "topic-\(number % 10)", chosen: [number % 4],
                isCorrect: number % 3 != 0, seconds: Double(number % 40) + 0.5,
                answeredAt: progress.createdAt.addingTimeInterval(Double(number) * step)
            )
            progress.apply(.answer(outcome, sessionID: "practice-\(number / 10)", mode: .practice))
        }
        return progress
    }
}
