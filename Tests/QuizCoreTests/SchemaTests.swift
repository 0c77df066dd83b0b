import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// The JSON Schemas in QuestionBank/schema/ are what editors check while one types: they must know the
/// same fields as the loader.
@Suite struct SchemaTests {
    func schema(_ name: String) throws -> [String: Any] {
        let url = Fixtures.bundledBankURL.appendingPathComponent("schema/\(name)")
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    func properties(_ object: Any?) -> Set<String> {
        Set(((object as? [String: Any])?["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
    }

    @Test func theQuestionSchemaKnowsTheLoadersFields() throws {
        let fields = (try schema("questions.schema.json")["$defs"] as? [String: Any])?["fields"]
        #expect(properties(fields) == BankFileFormat.QuestionEntry.knownKeys)
    }

    @Test func theCellSchemaKnowsTheLoadersFields() throws {
        let fileProperties = try schema("matrix-cells.schema.json")["properties"] as? [String: Any]
        let items = (fileProperties?["cells"] as? [String: Any])?["items"]
        #expect(properties(items) == MatrixFileFormat.CellEntry.knownKeys)
    }

    @Test func theScenarioSchemaKnowsTheLoadersFields() throws {
        #expect(properties(try schema("scenario.schema.json")) == ScenarioFileFormat.ScenarioFile.knownKeys)
    }

    @Test func theGlossarySchemaKnowsTheLoadersFields() throws {
        let file = try schema("glossary.schema.json")
        #expect(properties(file) == GlossaryFileFormat.GlossaryFile.knownKeys)
        let items = ((file["properties"] as? [String: Any])?["terms"] as? [String: Any])?["items"]
        #expect(properties(items) == GlossaryFileFormat.TermEntry.knownKeys)
    }

    @Test(arguments: ["common", "topics", "questions", "matrix-services", "matrix-controls", "matrix-cells", "scenario", "glossary"])
    func everySchemaIsDraft202012(name: String) throws {
        #expect(try schema("\(name).schema.json")["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    }
}
