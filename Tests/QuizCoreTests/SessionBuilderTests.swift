import Testing
@testable import QuizCore
import QuizTestSupport

@Suite struct SessionBuilderTests {
    @Test func theSameSeedGivesTheSameQuestionsInTheSameOrder() {
        let first = SessionBuilder.items(from: Fixtures.bank, count: 3, seed: 7)
        let again = SessionBuilder.items(from: Fixtures.bank, count: 3, seed: 7)
        #expect(first == again)
        #expect(Set(first.map(\.question.id)) == ["t.single", "t.multiple", "t.owner"])
    }

    @Test func differentSeedsGiveDifferentSessions() {
        let sessions = Set((0..<20).map { seed in
            SessionBuilder.items(from: Fixtures.bank, count: 3, seed: UInt64(seed)).map { "\($0.question.id)\($0.order)" }
        })
        #expect(sessions.count > 5)
    }

    @Test func ownerChoicesKeepTheirOrderAndOthersAreAPermutation() {
        for seed in 0..<50 {
            for item in SessionBuilder.items(from: Fixtures.bank, count: 3, seed: UInt64(seed)) {
                if item.question.kind == .owner {
                    #expect(item.order == [0, 1, 2])
                } else {
                    #expect(item.order.sorted() == Array(item.question.choices.indices))
                }
            }
        }
    }

    @Test func countIsCappedByTheBank() {
        #expect(SessionBuilder.items(from: Fixtures.bank, count: 10, seed: 1).count == 3)
        #expect(SessionBuilder.items(from: Fixtures.bank, count: 2, seed: 1).count == 2)
    }

    @Test func theGeneratorMatchesSplitMix64() {
        var generator = SeededGenerator(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
    }
}

@Suite struct SessionBalanceTests {
    @Test func topicsTakeTurnsSoNoneCrowdsOutTheOthers() {
        let many = (0..<50).map { number in
            Question(
                id: "m.\(number)", kind: .owner, topic: "many", difficulty: .easy, serviceModel: nil, prompt: "Q\(number)?",
                choices: Owner.allCases.map { Choice(text: $0.title, isCorrect: $0 == .aws, why: "") },
                explanation: "E.", sources: [.seed(file: "s")], checked: "2026-11-22"
            )
        }
        let bank = Bank(topics: Fixtures.bank.topics, questions: Fixtures.bank.questions + many)
        for seed in 0..<20 {
            let topics = SessionBuilder.items(from: bank, count: 4, seed: UInt64(seed)).map(\.question.topic)
            #expect(Set(topics) == ["basics", "services", "many"], "seed \(seed) drew \(topics)")
        }
    }
}
