import Foundation
import Testing
@testable import QuizCore

/// The checker of xAPI rules can fail: each mutation breaks one rule of a valid exported statement, and the
/// checker must name a problem for every one of them.
@Suite struct XAPIStatementRulesTests {
    typealias Mutation = (name: String, change: @Sendable (inout JSONDocument) -> Void)

    func exported() throws -> (answer: JSONDocument, matching: JSONDocument, module: JSONDocument) {
        let progress = try #require(try ProgressStore(fileURL: XAPIExportTests.fixtureURL).load())
        let lines = XAPIExport(actor: .profileAccount("ada")).jsonLines(progress, bank: try XAPIExportTests.bundled.get())
        let all = try lines.split(separator: "\n").map { try JSONDocument.parse(String($0)) }
        let answer = try #require(all.first)
        let matching = try #require(all.first { $0["object"]?["definition"]?["interactionType"] == .string("matching") })
        let module = try #require(all.first { $0["object"]?["definition"]?["type"] == .string("http://adlnet.gov/expapi/activities/module") })
        return (answer, matching, module)
    }

    static let mutations: [Mutation] = [
        ("no actor", { $0["actor"] = nil }),
        ("no verb", { $0["verb"] = nil }),
        ("no object", { $0["object"] = nil }),
        ("two identifiers", { $0["actor"]?["mbox"] = .string("mailto:ada@example.com") }),
        ("no identifier", { $0["actor"]?["account"] = nil }),
        ("mbox without mailto:", { $0["actor"]?["account"] = nil; $0["actor"]?["mbox"] = .string("ada@example.com") }),
        ("home page not an IRL", { $0["actor"]?["account"]?["homePage"] = .string("urn:srm-quiz") }),
        ("empty account name", { $0["actor"]?["account"]?["name"] = .string("") }),
        ("a Group actor", { $0["actor"]?["objectType"] = .string("Group") }),
        ("relative verb id", { $0["verb"]?["id"] = .string("answered") }),
        ("no verb display", { $0["verb"]?["display"] = nil }),
        ("bad language tag", { $0["verb"]?["display"] = .object(["english!": .string("answered")]) }),
        ("relative activity id", { $0["object"]?["id"] = .string("question/basics.physical-security") }),
        ("unknown object type", { $0["object"]?["objectType"] = .string("Thing") }),
        ("unknown interaction type", { $0["object"]?["definition"]?["interactionType"] = .string("multiple-choice") }),
        ("no correct responses", { $0["object"]?["definition"]?["correctResponsesPattern"] = nil }),
        ("pattern names no choice", { $0["object"]?["definition"]?["correctResponsesPattern"] = .array([.string("z")]) }),
        ("pattern not strings", { $0["object"]?["definition"]?["correctResponsesPattern"] = .array([.number(1)]) }),
        ("duplicate choice ids", { $0["object"]?["definition"]?["choices"]?[1]?["id"] = .string("a") }),
        ("choice id with a space", { $0["object"]?["definition"]?["choices"]?[0]?["id"] = .string("a b") }),
        ("matching lists on a choice", { $0["object"]?["definition"]?["source"] = .array([]) }),
        ("interaction properties without a type", { $0["object"]?["definition"]?["interactionType"] = nil }),
        ("response names no choice", { $0["result"]?["response"] = .string("z") }),
        ("success as a string", { $0["result"]?["success"] = .string("true") }),
        ("success as a number", { $0["result"]?["success"] = .number(1) }),
        ("scaled above 1", { $0["result"]?["score"]?["scaled"] = .number(1.5) }),
        ("raw above max", { $0["result"]?["score"]?["raw"] = .number(2) }),
        ("min not below max", { $0["result"]?["score"]?["min"] = .number(1) }),
        ("duration in words", { $0["result"]?["duration"] = .string("4.2 seconds") }),
        ("empty time part", { $0["result"]?["duration"] = .string("PT") }),
        ("weeks with days", { $0["result"]?["duration"] = .string("P4W1D") }),
        ("alternative duration format", { $0["result"]?["duration"] = .string("PT00:00:04") }),
        ("timestamp in words", { $0["timestamp"] = .string("yesterday") }),
        ("timestamp without a zone", { $0["timestamp"] = .string("2026-10-10T09:00:00") }),
        ("timestamp in the future", { $0["timestamp"] = .string("2999-01-01T00:00:00.000Z") }),
        ("id not a UUID", { $0["id"] = .string("statement-1") }),
        ("registration not a UUID", { $0["context"]?["registration"] = .string("practice-1") }),
        ("unknown context activity kind", { $0["context"]?["contextActivities"]?["siblings"] = .array([]) }),
        ("parent not an array", { statement in
            let first = statement["context"]?["contextActivities"]?["parent"]?[0]
            statement["context"]?["contextActivities"]?["parent"] = first
        }),
        ("unknown top-level property", { $0["score"] = .number(1) }),
        ("unknown result property", { $0["result"]?["seconds"] = .number(4.2) }),
        ("a null value", { $0["result"]?["response"] = .null }),
        ("version 2", { $0["version"] = .string("2.0.0") }),
    ]

    @Test func theExportedStatementsPassUnchanged() throws {
        let statements = try exported()
        for statement in [statements.answer, statements.matching, statements.module] {
            #expect(XAPIStatementRules.problems(statement).isEmpty)
        }
    }

    @Test(arguments: mutations.map(\.name))
    func aBrokenStatementIsRejected(name: String) throws {
        let change = try #require(Self.mutations.first { $0.name == name }).change
        var statement = try exported().answer
        let original = statement
        change(&statement)
        #expect(statement != original, "the mutation changed nothing")
        #expect(!XAPIStatementRules.problems(statement).isEmpty)
    }

    @Test func brokenMatchingAndScoresAreRejected() throws {
        let statements = try exported()
        var pair = statements.matching
        pair["result"]?["response"] = .string("ec2.guest-os-patching[.]nobody")
        #expect(!XAPIStatementRules.problems(pair).isEmpty)
        var unpaired = statements.matching
        unpaired["object"]?["definition"]?["correctResponsesPattern"] = .array([.string("ec2.guest-os-patching")])
        #expect(!XAPIStatementRules.problems(unpaired).isEmpty)
        var module = statements.module
        module["result"]?["score"]?["raw"] = .number(-1)
        #expect(!XAPIStatementRules.problems(module).isEmpty)
    }
}
