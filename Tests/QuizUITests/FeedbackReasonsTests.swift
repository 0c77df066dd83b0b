import Foundation
import Testing
import QuizCore
import QuizTestSupport
@testable import QuizUI

/// Feedback explains every option, not only the one chosen: why each right one is right and why each other one
/// is wrong, for every question of the bundled bank (owner questions included, whose choices are AWS, Customer
/// and Shared).
@Suite struct FeedbackReasonsTests {
    @Test func everyWrongOptionOfEveryQuestionIsExplainedWhateverWasChosen() throws {
        let bank = try BankLoader.load(directory: Fixtures.bundledBankURL)
        for question in bank.questions + bank.scenarios.flatMap({ $0.steps.map(\.question) }) {
            let item = SessionItem(question: question, order: Array(question.choices.indices).reversed())
            let right = question.choices.indices.filter { question.choices[$0].isCorrect }
            let outcome = AnswerOutcome(questionID: question.id, topic: question.topic, chosen: right, isCorrect: true, seconds: 1, answeredAt: Fixtures.start)
            var body = BodyBuilder(width: 400)
            FeedbackView.add(item, outcome: outcome, glyphs: .unicode, to: &body)
            let text = body.lines.map { $0.spans.map(\.text).joined() }
            for (position, index) in item.order.enumerated() where !question.choices[index].isCorrect {
                #expect(text.contains { $0.hasPrefix("Why not \(position + 1): ") }, "\(question.id): option \(position + 1) is not explained")
            }
        }
    }

    @Test func ownerReasonsSayWhoDoesWhat() {
        #expect(OwnerQuestion.reason(picked: .aws, actual: .customer).contains("left to the customer"))
        #expect(OwnerQuestion.reason(picked: .shared, actual: .aws).contains("all AWS's"))
        #expect(OwnerQuestion.reason(picked: .customer, actual: .shared).contains("AWS has a part too"))
        let all = Owner.allCases.flatMap { picked in Owner.allCases.map { OwnerQuestion.reason(picked: picked, actual: $0) } }
        #expect(Set(all).count == 9)
    }
}
