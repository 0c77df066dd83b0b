import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// The GIFT export read back the way Moodle reads it (`GIFTParser`): every question's text, options, right answers,
/// weights and feedback equal the bank's, texts full of GIFT's special characters included.
@Suite struct GIFTExportTests {
    /// Every exported question, parsed back, matches the question it came from.
    func expectRoundTrip(_ bank: Bank, includeMatrix: Bool) throws {
        let exported = ExportedQuestions.grouped(bank, includeMatrix: includeMatrix)
        let parsed = try GIFTParser.parse(GIFTExport.text(bank, includeMatrix: includeMatrix))
        let expected = exported.flatMap { group in group.questions.map { (group.topic, $0) } }
        try #require(parsed.count == expected.count)
        for (read, (topic, source)) in zip(parsed, expected) {
            let question = source.question
            #expect(read.category == "srm-quiz/" + topic.title.replacingOccurrences(of: "/", with: "//"), "a / in a category name is doubled")
            #expect(read.title == question.id)
            #expect(read.format == "plain")
            #expect(read.text == source.text)
            #expect(read.single == (question.kind != .multiple), "\(question.id)")
            let choices = source.orderedChoices
            #expect(choices.map(\.text).sorted() == question.choices.map(\.text).sorted(), "\(question.id): every option, once")
            #expect(read.answers.map(\.text) == choices.map(\.text), "\(question.id)")
            #expect(read.answers.map(\.feedback) == choices.map(\.why), "\(question.id)")
            let pages = source.pages.map { "\($0.title) <\($0.url)>" }
            let feedback = [question.explanation] + (pages.isEmpty ? [] : ["Sources: " + pages.joined(separator: "; ")])
            #expect(read.generalFeedback == feedback.filter { !$0.isEmpty }.joined(separator: "\n"), "\(question.id)")
            #expect(!(read.generalFeedback ?? "").contains("seed document"), "\(question.id)")
            let rightCount = Double(question.correctIndices.count)
            for (answer, choice) in zip(read.answers, choices) {
                let expected = question.kind == .multiple ? (choice.isCorrect ? 1 / rightCount : -1) : (choice.isCorrect ? 1 : 0)
                #expect(abs(answer.fraction - expected) < 1e-6, "\(question.id): \(answer.text) weighs \(answer.fraction)")
            }
            let total = read.answers.map(\.fraction).filter { $0 > 0 }.reduce(0, +)
            #expect(abs(total - 1) < 1e-6, "\(question.id): the right answers add up to \(total)")
        }
    }

    @Test func theRightOptionIsNotAlwaysFirstAndTheOrderIsTheSameEveryTime() throws {
        let bank = try BankLoader.load(directory: Fixtures.bundledBankURL)
        let exported = ExportedQuestions.grouped(bank, includeMatrix: false).flatMap(\.questions).filter { $0.question.kind != .owner }
        let firstIsRight = exported.filter { $0.orderedChoices.first?.isCorrect == true }.count
        #expect(Double(firstIsRight) / Double(exported.count) < 0.5, "\(firstIsRight) of \(exported.count) open on the right option")
        #expect(GIFTExport.text(bank, includeMatrix: false) == GIFTExport.text(bank, includeMatrix: false))
        #expect(AnkiExport.text(bank, includeMatrix: false) == AnkiExport.text(bank, includeMatrix: false))
    }

    @Test(arguments: [false, true])
    func theBundledBankReadsBackAsItWas(includeMatrix: Bool) throws {
        let bank = try BankLoader.load(directory: Fixtures.bundledBankURL)
        try expectRoundTrip(bank, includeMatrix: includeMatrix)
        let parsed = try GIFTParser.parse(GIFTExport.text(bank, includeMatrix: includeMatrix))
        let generated = parsed.filter { $0.title.hasPrefix("matrix.") }.count
        #expect(includeMatrix ? generated == MatrixQuestions.generate(from: bank.matrix).count : generated == 0)
        let steps = bank.scenarios.flatMap(\.steps).count
        #expect(parsed.filter { $0.title.hasPrefix("scenario.") }.count == steps, "every scenario step is exported, with its story")
    }

    @Test func everySpecialCharacterSurvives() throws {
        let nasty = #"Escapes: \ \\ \n ~ = # {} : :: -> #### // [html] %50% and a trailing backslash \"#
        let tricky = Question(
            id: "t.tricky", kind: .multiple, topic: "basics", difficulty: .hard, serviceModel: nil,
            prompt: "Which hold {braces}, a ~tilde~, = signs and C:\\paths? " + nasty,
            choices: [
                Choice(text: "%100% sure = right", isCorrect: true, why: "Weights # and feedback ~ inside: \\n is not a newline."),
                Choice(text: "{=also right}", isCorrect: true, why: nasty),
                Choice(text: "~wrong~ #1", isCorrect: false, why: "::not a title::"),
            ],
            explanation: "General #### feedback with } and { and \\", sources: [.seed(file: "000.txt")], checked: "2026-11-22"
        )
        let single = Question(
            id: "t.single-tricky", kind: .single, topic: "basics", difficulty: .easy, serviceModel: nil,
            prompt: "// not a comment: what about 50% off?",
            choices: [
                Choice(text: "%50% of it", isCorrect: false, why: ""),
                Choice(text: "=all of it=", isCorrect: true, why: "#"),
            ],
            explanation: "", sources: [.seed(file: "000.txt")], checked: "2026-11-22"
        )
        let bank = Bank(topics: [Topic(id: "basics", title: "Basics: a/b {c}")], questions: [tricky, single, Fixtures.owner])
        try expectRoundTrip(bank, includeMatrix: false)
        let text = GIFTExport.text(bank, includeMatrix: false)
        #expect(text.contains(#"C\:\\paths"#))
        #expect(text.contains("$CATEGORY: srm-quiz/Basics: a//b {c}\n"))
    }

    @Test func aScenarioStepCarriesItsStoryOnEscapedLineBreaks() {
        let step = ExportedQuestion(question: Fixtures.single, story: "The night: a bucket went public.")
        let gift = GIFTExport.question(step)
        #expect(gift.hasPrefix(#"::t.single::[plain]The night\: a bucket went public.\n\nWho guards the data centres?{"#))
        #expect(!gift.contains("\n\n"), "a blank line would end the question")
    }

    @Test(arguments: [(2, "50"), (3, "33.33333"), (4, "25"), (5, "20"), (6, "16.66667"), (7, "14.28571"), (8, "12.5"), (9, "11.11111")])
    func rightAnswersShareOneHundredPercent(count: Int, weight: String) {
        #expect(GIFTExport.weight(count) == weight)
    }
}
