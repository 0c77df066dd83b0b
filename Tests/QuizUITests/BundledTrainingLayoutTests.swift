import Foundation
import Testing
import QuizCore
import QuizTestSupport
@testable import QuizUI

/// The bundled training as the brief for it asks: five or six modules of two to four short pages, each page two
/// to five paragraphs of 60 to 120 words, five to eight questions; and every page and the module list fit 80x24
/// whole, without scrolling.
@Suite struct BundledTrainingLayoutTests {
    let bank: Bank
    init() throws {
        bank = try BankLoader.load(directory: Fixtures.bundledBankURL, trainingRequired: true)
    }

    @Test func theModulesAreShapedForReadingInAFewMinutes() {
        let modules = bank.trainingModules
        #expect((5...6).contains(modules.count))
        for module in modules {
            #expect((2...4).contains(module.pages.count), "\(module.id) has \(module.pages.count) pages")
            #expect((5...8).contains(module.questions.count), "\(module.id) lists \(module.questions.count) questions")
            for page in module.pages {
                let words = page.paragraphs.map { $0.split(separator: " ").count }.reduce(0, +)
                #expect((2...5).contains(page.paragraphs.count), "\(module.id): \(page.title) has \(page.paragraphs.count) paragraphs")
                #expect((60...120).contains(words), "\(module.id): \(page.title) has \(words) words")
            }
        }
    }

    @Test func everyPageAndTheListFitAt80x24() {
        let context = ViewContext(bank: bank, glyphs: .unicode)
        let rows = Chrome.bodyRows(height: 24).count
        var session = TrainingSession(
            profile: "a-long-profile-name", modules: bank.trainingModules, passMark: bank.trainingPassMark,
            bankFingerprint: BankFingerprint.of(bank), earlierResults: [], seed: 1
        )
        #expect(TrainingView.lines(session, context: context, width: 78).count <= rows)
        for (index, module) in bank.trainingModules.enumerated() {
            for page in module.pages.indices {
                session.screen = .page(module: index, page: page)
                let lines = TrainingView.lines(session, context: context, width: 78)
                #expect(lines.count <= rows, "\(module.id) page \(page + 1) takes \(lines.count) rows of \(rows)")
            }
        }
    }
}
