import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// `glossary.json`: every term checked like a bank item, in alphabetical order, and reachable from a question.
@Suite struct GlossaryLoaderTests {
    static let source = #"[{"title": "P", "url": "https://docs.aws.amazon.com/p.html", "supports": "It says so."}]"#

    func load(_ glossary: String) throws -> (terms: [GlossaryTerm], problems: [String]) {
        let root = try Fixtures.temporaryDirectory()
        try Data(glossary.utf8).write(to: root.appendingPathComponent("glossary.json"))
        var problems: [BankProblem] = []
        let terms = GlossaryLoader.load(bankDirectory: root, problems: &problems)
        return (terms, problems.map { "\($0.id): \($0.field): \($0.message)" })
    }

    func entry(_ term: String, _ definition: String = "A thing.", extra: String = "") -> String {
        #"{"term": "\#(term)", "definition": "\#(definition)", "sources": \#(Self.source), "checked": "2026-12-02"\#(extra)}"#
    }

    @Test func termsAreReadInAlphabeticalOrder() throws {
        let (terms, problems) = try load(#"{"schemaVersion": 1, "terms": [\#(entry("VPC")), \#(entry("access key")), \#(entry("IAM"))]}"#)
        #expect(problems.isEmpty)
        #expect(terms.map(\.term) == ["access key", "IAM", "VPC"])
    }

    @Test func eachBadEntryIsNamed() throws {
        let long = String(repeating: "word ", count: 70)
        let (terms, problems) = try load(#"""
            {"schemaVersion": 1, "terms": [\#(entry("IAM")), \#(entry("iam")), \#(entry("KMS", long)),
             \#(entry("MFA", extra: #", "defintion": "x""#)), {"term": "TLS", "definition": "Encrypts.", "checked": "2026-12-02"}]}
            """#)
        #expect(terms.map(\.term) == ["IAM"])
        #expect(problems.contains("iam: term: duplicate: already in the glossary"))
        #expect(problems.contains("KMS: definition: longer than 300 characters: one or two sentences"))
        #expect(problems.contains("MFA: defintion: unknown field"))
        #expect(problems.contains { $0.hasPrefix("TLS: sources: missing") })
    }

    @Test func theBundledBankHasAGlossaryAndItIsAKeyAwayFromAQuestion() throws {
        let bank = try BankLoader.load(directory: Fixtures.bundledBankURL)
        #expect(bank.glossary.count >= 30)
        let reducer = AppReducer(bank: bank)
        var state = AppState(screen: .practice(Fixtures.session([Fixtures.single])), profile: "ada", totals: ProgressTotals(), sessionSize: 1, nextSeed: 1)
        state = reducer.reduce(state, .glossaryToggled, at: Fixtures.start).0
        #expect(state.showsGlossary)
        state = reducer.reduce(state, .glossaryToggled, at: Fixtures.start).0
        #expect(!state.showsGlossary)
        #expect(state.screen == .practice(Fixtures.session([Fixtures.single])), "the question is as it was")
        let home = AppState(screen: .home(highlighted: .practice), profile: "ada", totals: ProgressTotals(), sessionSize: 1, nextSeed: 1)
        #expect(!reducer.reduce(home, .glossaryToggled, at: Fixtures.start).0.showsGlossary, "no glossary on the home screen")
    }
}
