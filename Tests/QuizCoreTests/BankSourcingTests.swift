import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// Bank v2's sourcing rules: an AWS page that says what it supports on every item, no seed alone, an exam task.
@Suite struct BankSourcingTests {
    func question(_ id: String, sources: [Source], task: ExamTask? = ExamTask(id: "2.1")) -> Question {
        Question(
            id: id, kind: .single, topic: "basics", difficulty: .easy, serviceModel: nil, prompt: "Who?",
            choices: Fixtures.single.choices, explanation: "", sources: sources, checked: "2026-12-02", examTask: task
        )
    }

    let page = Source.page(title: "P", url: "https://docs.aws.amazon.com/p.html", supports: "It says so.")

    @Test func theBundledBankKeepsEverySourcingRuleAndFairnessLimit() throws {
        let bank = try BankLoader.load(directory: Fixtures.bundledBankURL)
        #expect(BankSourcing(bank).shortfalls == [])
        #expect(BankFairness(bank).brokenLimits == [])
        #expect(ExamTask.securityDomain.allSatisfy { task in bank.questions.contains { $0.examTask == task } })
    }

    @Test func eachBrokenRuleIsNamed() {
        let bank = Bank(topics: [Topic(id: "basics", title: "Basics")], questions: [
            question("good", sources: [page, .seed(file: "000.txt")]),
            question("seed-only", sources: [.seed(file: "000.txt")]),
            question("no-supports", sources: [.page(title: "P", url: "https://aws.amazon.com/p/")]),
            question("not-aws", sources: [.page(title: "Blog", url: "https://example.com/post", supports: "A blog says so.")]),
            question("untagged", sources: [page], task: nil),
        ])
        let sourcing = BankSourcing(bank)
        #expect(sourcing.items == 5)
        #expect(sourcing.seedOnly == 1)
        #expect(sourcing.withoutSupports == 1)
        #expect(sourcing.withoutAWSPage == 2, "a seed and a blog are not AWS pages")
        #expect(sourcing.withoutExamTask == 1)
        #expect(sourcing.shortfalls.contains("2 of 5 items cite no AWS page"))
        #expect(sourcing.shortfalls.contains("no item serves exam task \(ExamTask(id: "2.4")!)"))
    }

    @Test func anExamTaskMustBeOneOfTheExamGuide() throws {
        #expect(ExamTask(id: "2.3")?.title == "Identify AWS access management capabilities")
        #expect(ExamTask(id: "2.5") == nil)
        #expect(ExamTask.all.count == 19)
        var check = FieldChecker(file: "q.json", id: "q")
        #expect(check.examTask("2.5") == nil)
        #expect(check.problems.first?.message.hasPrefix("\"2.5\" is not a CLF-C02 task statement") == true)
    }
}
