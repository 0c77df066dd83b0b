import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

@Suite struct BankLoaderTests {
    static let topics = #"{"schemaVersion": 1, "topics": [{"id": "basics", "title": "Basics"}]}"#

    static let goodSingle = """
        {"id": "q.one", "kind": "single", "topic": "basics", "difficulty": "easy", "prompt": "Who guards the doors?",
         "options": [{"text": "AWS", "correct": true, "why": "Physical security."}, {"text": "You", "why": "No access."}],
         "explanation": "Facilities are AWS's.", "sources": [{"seed": "000.txt"}], "checked": "2026-11-22"}
        """

    /// Writes a bank directory with `topics.json` and one questions file per entry.
    func bank(topics: String = topics, files: [String: String]) throws -> URL {
        let root = try Fixtures.temporaryDirectory()
        try FileManager.default.createDirectory(at: root.appendingPathComponent("questions"), withIntermediateDirectories: true)
        try Data(topics.utf8).write(to: root.appendingPathComponent("topics.json"))
        for (name, text) in files {
            try Data(text.utf8).write(to: root.appendingPathComponent("questions/\(name)"))
        }
        return root
    }

    func questions(_ entries: String...) -> String {
        #"{"schemaVersion": 1, "questions": ["# + entries.joined(separator: ",") + "]}"
    }

    /// The problems a bank with this one question has, as printed, without the directory part of the path.
    func problems(_ question: String) throws -> [String] {
        let root = try bank(files: ["a.json": questions(question)])
        do {
            _ = try BankLoader.load(directory: root)
            return []
        } catch {
            return error.problems.map { $0.description.replacingOccurrences(of: root.path + "/questions/", with: "") }
        }
    }

    func replacing(_ old: String, with new: String, in text: String = goodSingle) -> String {
        precondition(text.contains(old), "fixture does not contain \(old)")
        return text.replacingOccurrences(of: old, with: new)
    }

    @Test func theBundledBankLoadsClean() throws {
        let bank = try BankLoader.load(directory: Fixtures.bundledBankURL)
        #expect(bank.questions.count >= 3)
        for kind in QuestionKind.allCases {
            #expect(bank.questions.contains { $0.kind == kind }, "the bundled bank has no \(kind) question")
        }
        for question in bank.questions {
            #expect(!question.explanation.isEmpty && !question.sources.isEmpty, "\(question.id) lacks an explanation or a source")
        }
    }

    @Test func aGoodQuestionLoads() throws {
        let root = try bank(files: ["a.json": questions(Self.goodSingle)])
        let bank = try BankLoader.load(directory: root)
        #expect(bank.questions.map(\.id) == ["q.one"])
        #expect(bank.questions[0].correctIndices == [0])
        #expect(bank.topics == [Topic(id: "basics", title: "Basics")])
    }

    @Test func ownerQuestionsGetTheirPromptAndChoices() throws {
        let owner = """
            {"id": "o.ec2", "kind": "owner", "topic": "basics", "difficulty": "easy", "service": "Amazon EC2",
             "control": "patching the guest operating system", "owner": "customer", "explanation": "Yours.",
             "sources": [{"title": "Shared Responsibility Model", "url": "https://aws.amazon.com/compliance/shared-responsibility-model/"}],
             "checked": "2026-11-22"}
            """
        let bank = try BankLoader.load(directory: bank(files: ["a.json": questions(owner)]))
        let question = try #require(bank.question(id: "o.ec2"))
        #expect(question.prompt == "Who is responsible for patching the guest operating system in Amazon EC2?")
        #expect(question.choices.map(\.text) == ["AWS", "Customer", "Shared"])
        #expect(question.correctIndices == [1])
    }

    @Test(arguments: [
        (#""kind": "single""#, #""kind": "essay""#, #"a.json: q.one: kind: "essay" is not one of single, multiple, owner"#),
        (#""topic": "basics""#, #""topic": "nope""#, #"a.json: q.one: topic: unknown topic "nope": add it to topics.json"#),
        (#""difficulty": "easy", "#, "", "a.json: q.one: difficulty: missing: one of easy, medium, hard"),
        (#""id": "q.one""#, #""id": "Q One""#, "a.json: Q One: id: must be lowercase letters, digits, dots and dashes, starting with a letter or digit"),
        (#""checked": "2026-11-22""#, #""checked": "2026-02-30""#, "a.json: q.one: checked: must be a date written YYYY-MM-DD"),
        (#"[{"seed": "000.txt"}]"#, "[]", "a.json: q.one: sources: missing: cite at least one seed file or AWS documentation page"),
        (#"{"seed": "000.txt"}"#, #"{"title": "Page", "url": "http://example.com"}"#, "a.json: q.one: sources[0].url: must be an https:// address"),
        (#""explanation": "Facilities are AWS's.""#, #""explanation": " ""#, "a.json: q.one: explanation: missing"),
        (#""prompt": "Who guards the doors?""#, #""prompt": "Who\u001b[2J guards?""#, "a.json: q.one: prompt: holds the control character U+001B; bank text must be printable"),
        (#"{"text": "You", "why": "No access."}"#, #"{"text": "You", "correct": true, "why": "No access."}"#, "a.json: q.one: options: a single-choice question needs exactly one correct option; it has 2"),
        (#"{"text": "You", "why": "No access."}"#, #"{"text": " aws ", "why": "No access."}"#, "a.json: q.one: options[1].text: duplicates an earlier option"),
        (#""why": "No access.""#, #""why": """#, "a.json: q.one: options[1].why: missing: say why this option is right or wrong"),
        (#""checked": "2026-11-22""#, #""checked": "2026-11-22", "explaination": "typo""#, "a.json: q.one: explaination: unknown field"),
        (#""kind": "single""#, #""kind": "single", "owner": "aws""#, "a.json: q.one: owner: only owner questions take owner"),
    ])
    func eachRuleIsReportedOnOneLine(old: String, new: String, expected: String) throws {
        #expect(try problems(replacing(old, with: new)) == [expected])
    }

    @Test func multipleResponseNeedsTwoRightAndOneWrong() throws {
        let multiple = replacing(#""kind": "single""#, with: #""kind": "multiple""#)
        #expect(try problems(multiple) == [
            "a.json: q.one: options: a multiple-response question needs at least two correct options and one wrong; it has 1 of 2",
        ])
    }

    @Test func ownerQuestionsTakeNoOptions() throws {
        let owner = replacing(#""kind": "single""#, with: #""kind": "owner", "service": "S3", "control": "bucket policies", "owner": "customer""#)
        #expect(try problems(owner) == [
            "a.json: q.one: options: an owner question takes no options: its choices are AWS, Customer and Shared",
        ])
    }

    @Test func brokenJSONNamesTheFileAndLine() throws {
        let root = try bank(files: ["a.json": questions(Self.goodSingle), "b.json": "{\n  \"schemaVersion\": 1,\n  \"questions\": [,]\n}\n"])
        let error = try #require(throws: BankError.self) { try BankLoader.load(directory: root) }
        #expect(error.problems.count == 1)
        let problem = try #require(error.problems.first)
        #expect(problem.file == root.appendingPathComponent("questions/b.json").path)
        #expect(problem.message == "not valid JSON at line 3, column 17: expected a value (text in double quotes, a number, true, false, null, a list or an object)")
    }

    @Test func aWrongTypeNamesTheField() throws {
        let problems = try problems(replacing(#""correct": true"#, with: #""correct": "yes""#))
        #expect(problems == ["a.json: -: questions[0].options[0].correct: wrong type: expected true or false"])
    }

    @Test func duplicateIDsAcrossFilesAreRefusedAndNothingIsHalfLoaded() throws {
        let root = try bank(files: ["a.json": questions(Self.goodSingle), "b.json": questions(Self.goodSingle)])
        let error = try #require(throws: BankError.self) { try BankLoader.load(directory: root) }
        #expect(error.problems == [BankProblem(
            file: root.appendingPathComponent("questions/b.json").path, id: "q.one", field: "id",
            message: "duplicate: already used in \(root.appendingPathComponent("questions/a.json").path)"
        )])
    }

    @Test func aMissingFolderIsReported() throws {
        let root = try Fixtures.temporaryDirectory()
        let error = try #require(throws: BankError.self) { try BankLoader.load(directory: root) }
        #expect(error.problems.map(\.file) == [root.appendingPathComponent("topics.json").path, root.appendingPathComponent("questions").path])
        #expect(error.description.hasSuffix("2 problems in the question bank"))
    }

    @Test func aNewerSchemaVersionIsRefused() throws {
        let root = try bank(files: ["a.json": #"{"schemaVersion": 2, "questions": []}"#])
        let error = try #require(throws: BankError.self) { try BankLoader.load(directory: root) }
        #expect(error.problems.map(\.message) == ["is 2; this srm-quiz reads 1"])
    }
}

@Suite struct AddedBankTests {
    let base = BankLoaderTests()

    func addedBank(topics: String?, questions: String) throws -> URL {
        let root = try Fixtures.temporaryDirectory()
        try FileManager.default.createDirectory(at: root.appendingPathComponent("questions"), withIntermediateDirectories: true)
        if let topics { try Data(topics.utf8).write(to: root.appendingPathComponent("topics.json")) }
        try Data(questions.utf8).write(to: root.appendingPathComponent("questions/mine.json"))
        return root
    }

    @Test func anAddedBankAddsItsTopicsAndQuestions() throws {
        let mine = BankLoaderTests.goodSingle.replacingOccurrences(of: #""id": "q.one""#, with: #""id": "mine.one""#)
            .replacingOccurrences(of: #""topic": "basics""#, with: #""topic": "ours""#)
        let added = try addedBank(topics: #"{"schemaVersion": 1, "topics": [{"id": "ours", "title": "Our policies"}]}"#, questions: base.questions(mine))
        let bank = try BankLoader.load(directories: [base.bank(files: ["a.json": base.questions(BankLoaderTests.goodSingle)]), added])
        #expect(bank.questions.map(\.id) == ["q.one", "mine.one"])
        #expect(bank.topics.map(\.id) == ["basics", "ours"])
    }

    @Test func anAddedBankMayUseTheBaseTopicsWithoutATopicsFile() throws {
        let mine = BankLoaderTests.goodSingle.replacingOccurrences(of: #""id": "q.one""#, with: #""id": "mine.one""#)
        let added = try addedBank(topics: nil, questions: base.questions(mine))
        let bank = try BankLoader.load(directories: [base.bank(files: ["a.json": base.questions(BankLoaderTests.goodSingle)]), added])
        #expect(bank.questions.count == 2)
    }

    @Test func collidingIDsAreRefusedNamingBothFiles() throws {
        let baseDirectory = try base.bank(files: ["a.json": base.questions(BankLoaderTests.goodSingle)])
        let added = try addedBank(topics: nil, questions: base.questions(BankLoaderTests.goodSingle))
        let error = try #require(throws: BankError.self) { try BankLoader.load(directories: [baseDirectory, added]) }
        #expect(error.problems == [BankProblem(
            file: added.appendingPathComponent("questions/mine.json").path, id: "q.one", field: "id",
            message: "duplicate: already used in \(baseDirectory.appendingPathComponent("questions/a.json").path)"
        )])
    }

    @Test func anAddedBankCannotCarryAMatrix() throws {
        let added = try addedBank(topics: nil, questions: base.questions())
        try FileManager.default.createDirectory(at: added.appendingPathComponent("matrix"), withIntermediateDirectories: true)
        let error = try #require(throws: BankError.self) {
            try BankLoader.load(directories: [base.bank(files: ["a.json": base.questions(BankLoaderTests.goodSingle)]), added])
        }
        #expect(error.problems.map(\.file) == [added.appendingPathComponent("matrix").path])
    }
}
