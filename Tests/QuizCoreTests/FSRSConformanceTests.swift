import Foundation
import Testing
@testable import QuizCore

/// The Swift scheduler against py-fsrs, review by review: stability and difficulty to 1e-6, state, step and
/// due dates exactly, retrievability to 1e-6.
@Suite struct FSRSConformanceTests {
    let tolerance = 1e-6

    /// Dates to the millisecond, as the fixture and progress files write them. (Comparing formatted strings
    /// would not do: Foundation's ISO 8601 style truncates, so a date a hair under a millisecond prints one less.)
    func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    @Test func everyReviewAgreesWithPyFSRS() throws {
        let vectors = try FSRSReferenceVectors.load()
        for sequence in vectors.sequences {
            var card = Card(due: sequence.createdAt)
            for (index, review) in sequence.reviews.enumerated() {
                let place = "\(sequence.name) review \(index + 1) (\(review.timing))"
                let rating = try #require(Rating(rawValue: review.rating))
                card = sequence.scheduler.review(card, rating: rating, at: review.reviewedAt)
                let expected = review.card
                #expect(card.state.rawValue == expected.state, "state at \(place)")
                #expect(card.step == expected.step, "step at \(place)")
                #expect(abs(try #require(card.stability) - expected.stability) <= tolerance, "stability at \(place)")
                #expect(abs(try #require(card.difficulty) - expected.difficulty) <= tolerance, "difficulty at \(place)")
                #expect(milliseconds(card.due) == milliseconds(expected.due), "due at \(place)")
                #expect(card.lastReview.map(milliseconds) == milliseconds(expected.lastReview), "last review at \(place)")
                let retrievability = sequence.scheduler.retrievability(of: card, at: review.retrievabilityAt)
                #expect(abs(retrievability - review.retrievability) <= tolerance, "retrievability at \(place)")
            }
        }
    }

    @Test func theFixtureCoversWhatTheSchedulerDoes() throws {
        let vectors = try FSRSReferenceVectors.load()
        #expect(vectors.pyFsrsVersion.hasPrefix("6."))
        #expect(vectors.sequences.count >= 40)
        #expect(vectors.sequences.allSatisfy { (1...15).contains($0.reviews.count) })
        let reviews = vectors.sequences.flatMap(\.reviews)
        #expect(Set(reviews.map(\.rating)) == Set(Rating.allCases.map(\.rawValue)))
        #expect(Set(reviews.map(\.card.state)) == Set(CardState.allCases.map(\.rawValue)))
        #expect(Set(reviews.map(\.timing)).isSuperset(of: ["same-day", "long-overdue", "exactly-a-day", "just-under-a-day"]))
        let schedulers = vectors.sequences.map(\.scheduler)
        #expect(Set(schedulers.map(\.desiredRetention)).isSuperset(of: [0.8, 0.9, 0.95]))
        #expect(schedulers.contains { $0.learningSteps != FSRS.defaultLearningSteps })
        #expect(schedulers.contains { $0.relearningSteps.isEmpty })
        #expect(schedulers.contains { $0.parameters != FSRS.defaultParameters })
        #expect(schedulers.contains { $0.maximumInterval != FSRS.defaultMaximumInterval })
        #expect(schedulers.contains(.standard))
    }
}
