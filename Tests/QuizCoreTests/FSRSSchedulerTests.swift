import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// The scheduler's settings and the few behaviours worth reading as plain cases (the numbers themselves are
/// checked against py-fsrs in FSRSConformanceTests).
@Suite struct FSRSSchedulerTests {
    @Test func theStandardSchedulerHasPyFSRSDefaults() throws {
        let standard = FSRS.standard
        #expect(try FSRS() == standard)
        #expect(standard.parameters.count == 21)
        #expect(standard.parameters[20] == 0.1542)
        #expect(standard.desiredRetention == 0.9)
        #expect(standard.learningSteps == [60, 600])
        #expect(standard.relearningSteps == [600])
        #expect(standard.maximumInterval == 36500)
    }

    @Test func badSettingsAreRefused() {
        #expect(throws: FSRSConfigurationError.desiredRetentionOutOfRange(1)) { try FSRS(desiredRetention: 1) }
        #expect(throws: FSRSConfigurationError.desiredRetentionOutOfRange(0)) { try FSRS(desiredRetention: 0) }
        #expect(throws: FSRSConfigurationError.wrongParameterCount(expected: 21, got: 19)) {
            try FSRS(parameters: Array(FSRS.defaultParameters.prefix(19)))
        }
        var parameters = FSRS.defaultParameters
        parameters[20] = 0.9
        #expect(throws: FSRSConfigurationError.parameterOutOfBounds(index: 20, value: 0.9, lower: 0.1, upper: 0.8)) {
            try FSRS(parameters: parameters)
        }
        #expect(throws: FSRSConfigurationError.stepNotPositive(0)) { try FSRS(relearningSteps: [0]) }
        #expect(throws: FSRSConfigurationError.maximumIntervalBelowOneDay(0)) { try FSRS(maximumInterval: 0) }
    }

    @Test func settingsRoundTripThroughJSONAndAreCheckedOnTheWayIn() throws {
        let scheduler = try FSRS(desiredRetention: 0.85, learningSteps: [30], relearningSteps: [], maximumInterval: 365)
        let data = try JSONEncoder().encode(scheduler)
        #expect(try JSONDecoder().decode(FSRS.self, from: data) == scheduler)
        let broken = try #require(String(data: data, encoding: .utf8)).replacingOccurrences(of: "0.85", with: "1.5")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(FSRS.self, from: Data(broken.utf8)) }
    }

    @Test func aNewCardWalksTheLearningSteps() {
        let scheduler = FSRS.standard
        let new = Card(due: Fixtures.start)
        #expect(scheduler.retrievability(of: new, at: Fixtures.start) == 0)

        let hard = scheduler.review(new, rating: .hard, at: Fixtures.start)
        #expect(hard.state == .learning)
        #expect(hard.step == 0)
        #expect(hard.due == Fixtures.at(330))

        let good = scheduler.review(new, rating: .good, at: Fixtures.start)
        #expect(good.state == .learning)
        #expect(good.step == 1)
        #expect(good.due == Fixtures.at(600))
        #expect(good.stability == FSRS.defaultParameters[2])
        #expect(good.lastReview == Fixtures.start)

        let graduated = scheduler.review(good, rating: .good, at: good.due)
        #expect(graduated.state == .review)
        #expect(graduated.step == nil)
        #expect(scheduler.retrievability(of: graduated, at: graduated.due) > 0.89)
    }

    @Test func aForgottenReviewCardRelearnsAndComesBackInTenMinutes() throws {
        let reviewCard = Card(state: .review, step: nil, stability: 20, difficulty: 5, due: Fixtures.at(86_400 * 20), lastReview: Fixtures.start)
        let forgotten = FSRS.standard.review(reviewCard, rating: .again, at: reviewCard.due)
        #expect(forgotten.state == .relearning)
        #expect(forgotten.step == 0)
        #expect(forgotten.due == reviewCard.due.addingTimeInterval(600))
        #expect(try #require(forgotten.stability) < 20)
        #expect(try #require(forgotten.difficulty) > 5)
    }

    @Test func cardsRoundTripThroughTheProgressFileCoding() throws {
        let card = FSRS.standard.review(Card(due: Fixtures.start), rating: .again, at: Fixtures.at(0.25))
        let data = try ProgressCoding.encoder().encode(card)
        #expect(try ProgressCoding.decoder().decode(Card.self, from: data) == card)
    }
}
