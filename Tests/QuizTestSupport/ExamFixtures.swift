import Foundation
import QuizCore

extension Fixtures {
    /// An exam over the given questions with choices in bank order, started at `start`, its clock not yet ticking.
    public static func exam(_ questions: [Question], minutes: Int = 90) -> ExamSession {
        ExamSession(
            id: "e1", settings: ExamSettings(questionCount: questions.count, minutes: minutes, seed: 1),
            items: questions.map { SessionItem(question: $0, order: Array($0.choices.indices)) }, startedAt: start
        )
    }

    /// An exam over the fixture questions advanced by `events`, one a second from `start`.
    public static func exam(_ questions: [Question], after events: [ExamEvent], minutes: Int = 90) -> ExamSession {
        var session = exam(questions, minutes: minutes)
        for (second, event) in events.enumerated() {
            session = ExamReducer.reduce(session, event, at: at(Double(second))).0
        }
        return session
    }
}
