import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// The fairness figures `validate` prints: what a learner who knows nothing scores by following a cue.
@Suite struct BankFairnessTests {
    func single(_ id: String, right: String, wrong: [String]) -> Question {
        Question(
            id: id, kind: .single, topic: "basics", difficulty: .easy, serviceModel: nil, prompt: "Which?",
            choices: [Choice(text: right, isCorrect: true, why: "Right.")] + wrong.map { Choice(text: $0, isCorrect: false, why: "Wrong.") },
            explanation: "", sources: [.page(title: "P", url: "https://aws.amazon.com/p", supports: "It says so.")], checked: "2026-12-01"
        )
    }

    func bank(_ questions: [Question]) -> Bank {
        Bank(topics: [Topic(id: "basics", title: "Basics")], questions: questions)
    }

    @Test func aBankWhoseRightOptionIsAlwaysTheLongestBreaksTheLimits() {
        let unfair = bank((0..<10).map { single("q\($0)", right: "The customer, through a long and careful answer", wrong: ["AWS", "Nobody", "Both"]) })
        let fairness = BankFairness(unfair)
        #expect(fairness.singleChoiceItems == 10)
        #expect(fairness.longestIsRight == 1)
        #expect(fairness.scores[.blindGuess] == 0.25)
        #expect(fairness.scores[.longest] == 1)
        #expect(fairness.scores[.namesTheCustomer] == 1)
        #expect(fairness.brokenLimits.count == 3)
        #expect(fairness.brokenLimits[0].contains("longest in 100%"))
    }

    @Test func aBankWithoutCuesKeepsEveryLimit() {
        let questions = (0..<4).map { index -> Question in
            let texts = ["Amazon S3 Block Public Access", "An IAM permissions boundary", "AWS Config rules", "Amazon Macie"]
            return single("q\(index)", right: texts[index], wrong: texts.enumerated().filter { $0.offset != index }.map(\.element))
        }
        let fairness = BankFairness(bank(questions))
        #expect(fairness.scores[.blindGuess] == 0.25)
        #expect(fairness.longestIsRight == 0.25)
        #expect(fairness.scores[.longest] == 0.25)
        #expect(fairness.brokenLimits.isEmpty, "\(fairness.brokenLimits)")
    }

    @Test func tiesAreSharedAndMultipleResponseCountsWholeSets() {
        let tie = single("tie", right: "Four", wrong: ["Five", "Six"])
        #expect(BankFairness.expectedScore(of: .longest, on: tie) == 0.5, "Four and Five tie for the longest")
        #expect(BankFairness.expectedScore(of: .blindGuess, on: Fixtures.multiple) == 1.0 / 6, "one right pair among six")
        #expect(BankFairness.expectedScore(of: .longest, on: Fixtures.multiple) == 0, "the two longest are one right, one wrong")
        let fairness = BankFairness(bank([Fixtures.multiple, Fixtures.owner]))
        #expect(fairness.multipleResponseItems == 1)
        #expect(fairness.singleChoiceItems == 0, "owner questions cannot be given away by wording")
        #expect(fairness.multipleWithFiveOrMore == 0)
        #expect(fairness.brokenLimits == ["0% of multiple-response items have five or more options (at least 50%)"])
    }

    @Test func absoluteWordsAreWholeWords() {
        #expect(BankFairness.hasAbsolute("AWS always encrypts it"))
        #expect(!BankFairness.hasAbsolute("Allowed only by a policy".replacingOccurrences(of: "only", with: "just")))
        #expect(!BankFairness.hasAbsolute("Nevertheless the customer"))
    }
}
