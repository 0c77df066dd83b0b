import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

@Suite struct ScenarioTests {
    static let topics = #"{"schemaVersion": 1, "topics": [{"id": "incidents", "title": "Incidents"}]}"#
    static let single = #"{"id": "q.one", "kind": "single", "topic": "incidents", "difficulty": "easy", "prompt": "P?", "options": [{"text": "A", "correct": true, "why": "Yes."}, {"text": "B", "why": "No."}], "explanation": "E.", "sources": [{"seed": "s"}], "checked": "2026-11-22"}"#

    static func step(_ name: String, asks: String, extra: String = "") -> String {
        #"{"id": "scenario.x.\#(name)", "asks": "\#(asks)", "kind": "owner", "service": "Amazon S3", "control": "bucket policies", "owner": "customer", "explanation": "Yours."\#(extra)}"#
    }

    static let allAims = [step("who", asks: "responsibility"), step("what", asks: "failed-control"), step("stop", asks: "prevention"), step("now", asks: "response")]

    static func scenario(steps: [String], extra: String = "") -> String {
        """
        {"schemaVersion": 1, "id": "scenario.x", "title": "X", "topic": "incidents", "difficulty": "easy",
         "narrative": "Something happened.", "steps": [\(steps.joined(separator: ","))], "summary": "Do better.",
         "sources": [{"seed": "000.txt"}], "checked": "2026-11-22"\(extra)}
        """
    }

    func load(_ scenario: String, question: String = single) throws -> (URL, Result<Bank, BankError>) {
        let root = try Fixtures.temporaryDirectory()
        for folder in ["questions", "scenarios"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try Data(Self.topics.utf8).write(to: root.appendingPathComponent("topics.json"))
        try Data(#"{"schemaVersion": 1, "questions": [\#(question)]}"#.utf8).write(to: root.appendingPathComponent("questions/a.json"))
        try Data(scenario.utf8).write(to: root.appendingPathComponent("scenarios/x.json"))
        return (root, Result { () throws(BankError) in try BankLoader.load(directory: root) })
    }

    func problems(_ scenario: String) throws -> [String] {
        let (root, result) = try load(scenario)
        guard case .failure(let error) = result else { return [] }
        return error.problems.map { $0.description.replacingOccurrences(of: root.path + "/scenarios/", with: "") }
    }

    @Test func theBundledBankStartsWithThePublicBucket() throws {
        let bank = try BankLoader.load(directory: Fixtures.bundledBankURL)
        let scenario = try #require(bank.scenarios.first { $0.id == "scenario.public-s3-bucket" })
        #expect(Set(scenario.steps.map(\.aim)) == Set(ScenarioAim.allCases))
        #expect(!bank.questions.contains { $0.id.hasPrefix("scenario.") }, "steps are played within their scenario")
    }

    @Test func stepsInheritTheScenariosTopicSourcesAndDate() throws {
        let (_, result) = try load(Self.scenario(steps: Self.allAims))
        let bank = try result.get()
        let step = try #require(bank.scenarios.first?.steps.first)
        #expect(step.aim == .responsibility)
        #expect(step.question.topic == "incidents")
        #expect(step.question.sources == [.seed(file: "000.txt")])
        #expect(step.question.prompt == "Who is responsible for bucket policies in Amazon S3?")
    }

    @Test func everyAimMustBeAsked() throws {
        let three = Array(Self.allAims.prefix(3))
        #expect(try problems(Self.scenario(steps: three)) == [
            "x.json: scenario.x: steps: no step asks about response; every scenario asks responsibility, failed-control, prevention and response",
        ])
    }

    @Test func aScenarioTakesThreeToFiveSteps() throws {
        #expect(try problems(Self.scenario(steps: Array(Self.allAims.prefix(2)))) == [
            "x.json: scenario.x: steps: has 2 steps; a scenario takes 3 to 5",
        ])
    }

    @Test func stepRulesAreReportedWithTheStepsPlace() throws {
        var steps = Self.allAims
        steps[1] = Self.step("what", asks: "blame")
        steps[2] = Self.step("stop", asks: "prevention").replacingOccurrences(of: "scenario.x.stop", with: "other.stop")
        steps[3] = Self.step("now", asks: "response", extra: #", "colour": "red""#)
        #expect(try problems(Self.scenario(steps: steps)) == [
            "x.json: scenario.x: steps[1].asks: \"blame\" is not one of responsibility, failed-control, prevention, response",
            "x.json: scenario.x: steps[2].id: must start with the scenario's id, \"scenario.x.\"",
            "x.json: scenario.x: steps[3].colour: unknown field",
            "x.json: scenario.x: steps: no step asks about failed-control; every scenario asks responsibility, failed-control, prevention and response",
        ])
    }

    @Test func stepIDsMustNotCollideWithQuestions() throws {
        let clash = Self.single.replacingOccurrences(of: #""id": "q.one""#, with: #""id": "scenario.x.who""#)
        let (root, result) = try load(Self.scenario(steps: Self.allAims), question: clash)
        #expect(throws: BankError(problems: [BankProblem(
            file: root.appendingPathComponent("scenarios/x.json").path, id: "scenario.x.who", field: "id",
            message: "duplicate: already used in \(root.appendingPathComponent("questions/a.json").path)"
        )])) { try result.get() }
    }
}
