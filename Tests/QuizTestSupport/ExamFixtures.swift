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

    /// A question tagged with an exam task (by id), for banks that give exams a focus.
    public static func tagged(_ id: String, topic: String, task: String?) -> Question {
        Question(
            id: id, kind: .single, topic: topic, difficulty: .easy, serviceModel: nil, prompt: "Question \(id)?",
            choices: single.choices, explanation: "Because.", sources: single.sources, checked: "2026-11-22",
            examTask: task.flatMap { ExamTask(id: $0) }
        )
    }

    /// Five questions: three of exam task 2.1 (two on basics, one on services), one of 2.3 on services, one untagged
    /// on basics; the topic "empty" has none.
    public static let taggedBank = Bank(
        topics: [Topic(id: "basics", title: "Basics"), Topic(id: "services", title: "Services"), Topic(id: "empty", title: "Empty")],
        questions: [
            tagged("a", topic: "basics", task: "2.1"), tagged("b", topic: "basics", task: "2.1"),
            tagged("c", topic: "services", task: "2.1"), tagged("d", topic: "services", task: "2.3"),
            tagged("e", topic: "basics", task: nil),
        ]
    )
}
