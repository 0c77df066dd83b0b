import Foundation
@testable import QuizCore

/// Tests/QuizCoreTests/Fixtures/fsrs-reference.json, written by scripts/fsrs-reference-vectors.py with py-fsrs.
struct FSRSReferenceVectors: Decodable {
    let pyFsrsVersion: String
    let sequences: [Sequence]

    struct Sequence: Decodable {
        let name: String
        let configuration: String
        let scheduler: FSRS
        let createdAt: Date
        let reviews: [Review]
    }

    struct Review: Decodable {
        let rating: Int
        let timing: String
        let reviewedAt: Date
        let card: ExpectedCard
        let retrievabilityAt: Date
        let retrievability: Double
    }

    struct ExpectedCard: Decodable {
        let state: Int
        let step: Int?
        let stability: Double
        let difficulty: Double
        let due: Date
        let lastReview: Date
    }

    static func load() throws -> FSRSReferenceVectors {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent("fsrs-reference.json")
        return try ProgressCoding.decoder().decode(FSRSReferenceVectors.self, from: Data(contentsOf: url))
    }
}
