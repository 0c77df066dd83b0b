import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// What the bank covers of CLF-C02, said from its items' tags, and accuracy per exam task.
@Suite struct CoverageAndTaskTotalsTests {
    func question(_ id: String, task: String?) -> Question {
        Question(
            id: id, kind: .single, topic: "basics", difficulty: .easy, serviceModel: nil, prompt: "Who?",
            choices: [Choice(text: "AWS", isCorrect: true, why: "a"), Choice(text: "You", isCorrect: false, why: "b")],
            explanation: "e", sources: [Fixtures.modelPage], checked: "2026-11-22", examTask: task.flatMap(ExamTask.init(id:))
        )
    }

    @Test func coverageNamesWholeDomainsSingleTasksAndWhatIsMissing() {
        let bank = Bank(topics: [Topic(id: "basics", title: "Basics")], questions: [
            question("a", task: "2.1"), question("b", task: "2.2"), question("c", task: "2.3"), question("d", task: "2.4"),
            question("e", task: "3.2"), question("f", task: "3.2"), question("g", task: nil),
        ])
        let coverage = BankCoverage(bank)
        #expect(coverage.items.map(\.count) == [1, 1, 1, 1, 2])
        #expect(coverage.uncovered.count == ExamTask.all.count - 5)
        #expect(coverage.sentence == "CLF-C02 coverage: all of domain 2 (Security and Compliance) and task 3.2 of domain 3; nothing from domains 1 and 4 or from the other tasks of domain 3.")
        let partial = BankCoverage(Bank(topics: [], questions: [question("a", task: "1.1"), question("b", task: "1.3")]))
        #expect(partial.sentence == "CLF-C02 coverage: tasks 1.1 and 1.3 of domain 1; nothing from domains 2, 3 and 4 or from the other tasks of domain 1.")
        #expect(BankCoverage(Bank(topics: [], questions: [question("a", task: nil)])).sentence.contains("no item is tagged"))
    }

    @Test func taskTotalsCountCreditPerTaskInTheGuidesOrder() throws {
        let tasks = ["x": ExamTask(id: "2.3"), "y": ExamTask(id: "2.1"), "z": nil]
        let answers = [("x", 1.0), ("x", 0.0), ("y", 0.5), ("z", 1.0)].map { id, credit in
            AnswerRecord(AnswerOutcome(questionID: id, topic: "t", chosen: [0], isCorrect: credit == 1, seconds: 1, answeredAt: Fixtures.start, credit: credit), session: "s", mode: "practice")
        }
        let totals = TaskTotals(answers: answers) { tasks[$0] ?? nil }
        #expect(totals.lines.map(\.id) == ["2.1", "2.3"])
        #expect(totals.lines.map(\.correct) == [0.5, 1])
        #expect(totals.lines.map(\.answered) == [1, 2])
    }
}
