import Testing
@testable import QuizCore
import QuizTestSupport

@Suite struct ExamBuilderTests {
    static func question(_ id: String, topic: String, kind: QuestionKind = .single) -> Question {
        Question(
            id: id, kind: kind, topic: topic, difficulty: .easy, serviceModel: nil, prompt: "\(id)?",
            choices: kind == .owner
                ? Owner.allCases.map { Choice(text: $0.title, isCorrect: $0 == .aws, why: "") }
                : (0..<4).map { Choice(text: "c\($0)", isCorrect: $0 == 0, why: "w") },
            explanation: "E.", sources: [.seed(file: "s")], checked: "2026-11-22"
        )
    }

    /// Hand-written questions in three topics (sizes given) and 100 generated from the matrix.
    static func bank(handWritten sizes: [Int]) -> Bank {
        let topics = ["alpha", "beta", "gamma"]
        let written = zip(topics, sizes).flatMap { topic, size in (0..<size).map { question("\(topic).\($0)", topic: topic) } }
        let generated = (0..<100).map { question("matrix.owner.\($0)", topic: MatrixQuestions.topic, kind: .owner) }
        return Bank(
            topics: (topics + [MatrixQuestions.topic]).map { Topic(id: $0, title: $0) }, questions: written + generated
        )
    }

    func counts(_ items: [SessionItem]) -> [String: Int] {
        Dictionary(grouping: items, by: \.question.topic).mapValues(\.count)
    }

    @Test func theSameSeedGivesTheSameExam() {
        let bank = Self.bank(handWritten: [30, 30, 30])
        #expect(ExamBuilder.items(from: bank, count: 40, seed: 9) == ExamBuilder.items(from: bank, count: 40, seed: 9))
        let exams = Set((0..<10).map { seed in
            ExamBuilder.items(from: bank, count: 40, seed: UInt64(seed)).map { "\($0.question.id)\($0.order)" }
        })
        #expect(exams.count == 10)
    }

    @Test func topicsAreBalancedAndGeneratedQuestionsFillAtMostAQuarter() {
        let bank = Self.bank(handWritten: [30, 30, 30])
        for seed in 0..<20 {
            let items = ExamBuilder.items(from: bank, count: 40, seed: UInt64(seed))
            #expect(items.count == 40)
            #expect(Set(items.map(\.question.id)).count == 40)
            let drawn = counts(items)
            #expect(drawn[MatrixQuestions.topic] == 10, "seed \(seed) drew \(drawn)")
            #expect([drawn["alpha"], drawn["beta"], drawn["gamma"]].compactMap { $0 }.sorted() == [10, 10, 10], "seed \(seed) drew \(drawn)")
        }
        let exam = counts(ExamBuilder.items(from: bank, count: 65, seed: 3))
        #expect(exam[MatrixQuestions.topic] == 16)
        #expect(exam.filter { $0.key != MatrixQuestions.topic }.values.sorted() == [16, 16, 17])
    }

    @Test func generatedQuestionsMakeUpTheCountWhenHandWrittenOnesRunOut() {
        let bank = Self.bank(handWritten: [5, 3, 2])
        let drawn = counts(ExamBuilder.items(from: bank, count: 40, seed: 1))
        #expect(drawn == ["alpha": 5, "beta": 3, "gamma": 2, MatrixQuestions.topic: 30])
    }

    @Test func aBankSmallerThanTheExamGivesEveryQuestion() {
        let items = ExamBuilder.items(from: Fixtures.bank, count: 65, seed: 4)
        #expect(Set(items.map(\.question.id)) == ["t.single", "t.multiple", "t.owner"])
        #expect(items.count == 3)
    }

    @Test func choicesAreShuffledByTheSeedExceptOwnerQuestions() {
        var orders = Set<[Int]>()
        for seed in 0..<30 {
            for item in ExamBuilder.items(from: Fixtures.bank, count: 3, seed: UInt64(seed)) {
                if item.question.kind == .owner {
                    #expect(item.order == [0, 1, 2])
                } else {
                    #expect(item.order.sorted() == Array(item.question.choices.indices))
                    orders.insert(item.order)
                }
            }
        }
        #expect(orders.count > 5)
    }

    @Test func theQuestionsAreNotAskedTopicByTopicInTurn() {
        let bank = Self.bank(handWritten: [30, 30, 30])
        let topics = ExamBuilder.items(from: bank, count: 40, seed: 2).map(\.question.topic)
        let repeatsEveryFour = (4..<topics.count).allSatisfy { topics[$0] == topics[$0 - 4] }
        #expect(!repeatsEveryFour)
    }

    @Test func theBundledBankGivesAMostlyHandWrittenExam() throws {
        let bank = try BankLoader.load(directory: Fixtures.bundledBankURL)
        let items = ExamBuilder.items(from: bank, count: 65, seed: 11)
        #expect(items.count == 65)
        let generated = items.filter { $0.question.topic == MatrixQuestions.topic }.count
        #expect(generated <= 16)
        #expect(items.contains { $0.question.kind == .multiple })
        #expect(items.contains { $0.question.kind == .single })
    }

    @Test func aSessionIsNamedForItsStartAndSeed() {
        let session = ExamBuilder.session(from: Fixtures.bank, settings: ExamSettings(questionCount: 2, minutes: 30, seed: 5), at: Fixtures.start)
        #expect(session.id == "exam-1800000000000-5")
        #expect(session.items.count == 2)
        #expect(session.secondsLeft == 1800)
        #expect(session.phase == .answering)
    }
}
