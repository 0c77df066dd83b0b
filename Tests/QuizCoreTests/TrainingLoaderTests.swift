import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

@Suite struct TrainingLoaderTests {
    static let topics = #"{"schemaVersion": 1, "topics": [{"id": "basics", "title": "Basics"}]}"#

    static func question(_ id: String) -> String {
        #"{"id": "\#(id)", "kind": "single", "topic": "basics", "difficulty": "easy", "prompt": "Who guards the doors?", "options": [{"text": "AWS", "correct": true, "why": "Physical security."}, {"text": "You", "why": "No access."}], "explanation": "Facilities are AWS's.", "sources": [{"seed": "000.txt"}], "checked": "2026-11-22"}"#
    }

    static let goodModule = """
        {"id": "training.one", "title": "One", "summary": "The first module.",
         "pages": [{"title": "Page one", "paragraphs": ["First paragraph.", "Second paragraph."]}, {"title": "Page two", "paragraphs": ["Third."]}],
         "questions": ["q.one", "q.two", "q.three"], "questionCount": 2, "sources": [{"seed": "000.txt"}], "checked": "2026-11-22"}
        """

    static func training(passMark: String = #""passMark": 80, "#, modules: [String] = [goodModule]) -> String {
        #"{"schemaVersion": 1, \#(passMark)"modules": [\#(modules.joined(separator: ","))]}"#
    }

    /// A bank with three questions and, unless `training` is nil, a training file.
    func bank(training: String?) throws -> URL {
        let root = try Fixtures.temporaryDirectory()
        try FileManager.default.createDirectory(at: root.appendingPathComponent("questions"), withIntermediateDirectories: true)
        try Data(Self.topics.utf8).write(to: root.appendingPathComponent("topics.json"))
        let questions = ["q.one", "q.two", "q.three"].map(Self.question).joined(separator: ",")
        try Data(#"{"schemaVersion": 1, "questions": [\#(questions)]}"#.utf8).write(to: root.appendingPathComponent("questions/a.json"))
        if let training {
            try FileManager.default.createDirectory(at: root.appendingPathComponent("training"), withIntermediateDirectories: true)
            try Data(training.utf8).write(to: root.appendingPathComponent("training/modules.json"))
        }
        return root
    }

    /// The problems of a bank with this training file, as printed, with the bank's folder left out of the paths.
    func problems(_ training: String?, required: Bool = false) throws -> [String] {
        let root = try bank(training: training)
        do {
            _ = try BankLoader.load(directory: root, trainingRequired: required)
            return []
        } catch {
            return error.problems.map { $0.description.replacingOccurrences(of: root.path + "/", with: "") }
        }
    }

    func module(replacing old: String, with new: String) -> String {
        precondition(Self.goodModule.contains(old), "the fixture does not contain \(old)")
        return Self.goodModule.replacingOccurrences(of: old, with: new)
    }

    @Test func aGoodTrainingFileLoads() throws {
        let bank = try BankLoader.load(directory: bank(training: Self.training()), trainingRequired: true)
        #expect(bank.trainingPassMark.percent == 80)
        let module = try #require(bank.trainingModules.first)
        #expect(module.id == "training.one")
        #expect(module.pages == [
            TrainingPage(title: "Page one", paragraphs: ["First paragraph.", "Second paragraph."]),
            TrainingPage(title: "Page two", paragraphs: ["Third."]),
        ])
        #expect(module.questions.map(\.id) == ["q.one", "q.two", "q.three"])
        #expect(module.questionCount == 2)
    }

    @Test func withoutQuestionCountEveryQuestionIsAsked() throws {
        let training = Self.training(modules: [module(replacing: #""questionCount": 2, "#, with: "")])
        let bank = try BankLoader.load(directory: bank(training: training))
        #expect(bank.trainingModules.first?.questionCount == 3)
    }

    @Test func aBankOfOnesOwnMayHaveNoTraining() throws {
        let bank = try BankLoader.load(directory: bank(training: nil))
        #expect(bank.trainingModules.isEmpty)
        #expect(bank.trainingPassMark == .standard)
    }

    @Test func aBankThatMustHaveTrainingSaysItIsMissing() throws {
        #expect(try problems(nil, required: true) == ["training/modules.json: -: -: missing: this bank must have its training modules"])
    }

    @Test func theBundledBankHasItsTraining() throws {
        let bank = try BankLoader.load(directory: Fixtures.bundledBankURL, trainingRequired: true)
        #expect(bank.trainingModules.count >= 5)
    }

    @Test(arguments: [
        (#""id": "training.one""#, #""id": "Training One""#,
         "Training One: id: must be lowercase letters, digits, dots and dashes, starting with a letter or digit"),
        (#""title": "One", "#, "", "training.one: title: missing"),
        (#""summary": "The first module.""#, #""summary": "  ""#, "training.one: summary: missing"),
        (#""pages": [{"title": "Page one", "paragraphs": ["First paragraph.", "Second paragraph."]}, {"title": "Page two", "paragraphs": ["Third."]}]"#,
         #""pages": []"#, "training.one: pages: missing: a module teaches at least one page"),
        (#"{"title": "Page two", "paragraphs": ["Third."]}"#, #"{"title": "Page two", "paragraphs": []}"#,
         "training.one: pages[1].paragraphs: missing: a page holds at least one paragraph"),
        (#""Third.""#, #"" ""#, "training.one: pages[1].paragraphs[0]: missing"),
        (#""title": "Page one""#, #""title": """#, "training.one: pages[0].title: missing"),
        (#""Second paragraph.""#, #""Second\u0007 paragraph.""#,
         "training.one: pages[0].paragraphs[1]: holds the control character U+0007; bank text must be printable"),
        (#""summary": "The first module.""#, #""summary": "The first\u202E module.""#,
         "training.one: summary: holds the control character U+202E; bank text must be printable"),
        (#""title": "Page two""#, #""title": "Page two", "colour": "red""#, "training.one: pages[1].colour: unknown field"),
        (#""checked": "2026-11-22""#, #""checked": "2026-11-22", "passmark": 70"#, "training.one: passmark: unknown field"),
        (#""questions": ["q.one", "q.two", "q.three"], "questionCount": 2, "#, "",
         "training.one: questions: missing: list the ids of the questions that test this module"),
        (#""q.three""#, #""q.four""#, #"training.one: questions[2]: unknown question "q.four": no question or scenario step has this id"#),
        (#""q.three""#, #""q.one""#, #"training.one: questions[2]: "q.one" is listed twice"#),
        (#""questionCount": 2"#, #""questionCount": 4"#, "training.one: questionCount: is 4; a module that lists 3 questions draws from 1 to 3"),
        (#""questionCount": 2"#, #""questionCount": 1.5"#, "training.one: questionCount: is 1.5; a module that lists 3 questions draws from 1 to 3"),
        (#"[{"seed": "000.txt"}]"#, "[]", "training.one: sources: missing: cite at least one seed file or AWS documentation page"),
        (#""checked": "2026-11-22""#, #""checked": "22/11/2026""#, "training.one: checked: must be a date written YYYY-MM-DD"),
    ])
    func eachModuleRuleIsReportedOnOneLine(old: String, new: String, expected: String) throws {
        #expect(try problems(Self.training(modules: [module(replacing: old, with: new)])) == ["training/modules.json: " + expected])
    }

    @Test func duplicateModuleIDsAreRefused() throws {
        let second = module(replacing: #""title": "One""#, with: #""title": "One again""#)
        #expect(try problems(Self.training(modules: [Self.goodModule, second])) == [
            "training/modules.json: training.one: id: duplicate: an earlier module has this id",
        ])
    }

    @Test func aModuleWithoutAnIDIsNamedByItsPlace() throws {
        let second = module(replacing: #""id": "training.one", "#, with: "")
        #expect(try problems(Self.training(modules: [Self.goodModule, second])) == ["training/modules.json: modules[1]: id: missing"])
    }

    @Test(arguments: [
        ("", "training/modules.json: -: passMark: missing: a whole percent from 1 to 100, such as 80"),
        (#""passMark": 0.8, "#, "training/modules.json: -: passMark: is 0.8; the pass mark is a whole percent from 1 to 100, such as 80"),
        (#""passMark": 0, "#, "training/modules.json: -: passMark: is 0; the pass mark is a whole percent from 1 to 100, such as 80"),
        (#""passMark": 150, "#, "training/modules.json: -: passMark: is 150; the pass mark is a whole percent from 1 to 100, such as 80"),
        (#""passMark": "80%", "#, "training/modules.json: -: passMark: wrong type: expected a number"),
    ])
    func thePassMarkIsAWholePercent(passMark: String, expected: String) throws {
        #expect(try problems(Self.training(passMark: passMark)) == [expected])
    }

    @Test func aFileWithoutModulesIsRefused() throws {
        #expect(try problems(#"{"schemaVersion": 1, "passMark": 80, "modules": []}"#) == [
            "training/modules.json: -: modules: missing: list at least one module",
        ])
    }

    @Test func unknownTopLevelFieldsAndSchemaVersionsAreReported() throws {
        let training = Self.training().replacingOccurrences(of: #""schemaVersion": 1"#, with: #""schemaVersion": 2, "title": "Course""#)
        #expect(try problems(training) == [
            "training/modules.json: -: schemaVersion: is 2; this srm-quiz reads 1",
            "training/modules.json: -: title: unknown field",
        ])
    }

    @Test func brokenJSONNamesTheLine() throws {
        #expect(try problems("{\n  \"schemaVersion\": 1,\n  \"modules\": [,]\n}\n") == [
            "training/modules.json: -: -: not valid JSON at line 3, column 15: expected a value (text in double quotes, a number, true, false, null, a list or an object)",
        ])
    }

    @Test func scenarioStepsMayBeAsked() throws {
        let root = try bank(training: Self.training(modules: [module(replacing: #""q.three""#, with: #""scenario.x.who""#)]))
        try FileManager.default.createDirectory(at: root.appendingPathComponent("scenarios"), withIntermediateDirectories: true)
        let steps = ["who": "responsibility", "what": "failed-control", "stop": "prevention", "now": "response"].map { name, aim in
            #"{"id": "scenario.x.\#(name)", "asks": "\#(aim)", "kind": "owner", "service": "Amazon S3", "control": "bucket policies", "owner": "customer", "explanation": "Yours."}"#
        }
        let scenario = """
            {"schemaVersion": 1, "id": "scenario.x", "title": "X", "topic": "basics", "difficulty": "easy", "narrative": "Something happened.",
             "steps": [\(steps.joined(separator: ","))], "summary": "Do better.", "sources": [{"seed": "000.txt"}], "checked": "2026-11-22"}
            """
        try Data(scenario.utf8).write(to: root.appendingPathComponent("scenarios/x.json"))
        let bank = try BankLoader.load(directory: root)
        #expect(bank.trainingModules.first?.questions.map(\.id) == ["q.one", "q.two", "scenario.x.who"])
    }

    @Test func anAddedBankCannotCarryTraining() throws {
        let base = try bank(training: Self.training())
        let added = try bank(training: Self.training())
        for file in ["questions/a.json", "topics.json"] {
            try FileManager.default.removeItem(at: added.appendingPathComponent(file))
        }
        let error = try #require(throws: BankError.self) { try BankLoader.load(directories: [base, added]) }
        #expect(error.problems.map(\.description) == [
            "\(added.path)/training: -: -: an added bank cannot carry training modules; use it with --bank instead of the bundled bank",
        ])
    }
}
