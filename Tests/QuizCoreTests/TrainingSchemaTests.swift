import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// The training file's JSON Schema must know the same fields as the loader, at every level.
@Suite struct TrainingSchemaTests {
    func properties(_ object: Any?) -> [String: Any] {
        (object as? [String: Any])?["properties"] as? [String: Any] ?? [:]
    }

    @Test func theTrainingSchemaKnowsTheLoadersFields() throws {
        let url = Fixtures.bundledBankURL.appendingPathComponent("schema/training.schema.json")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        let file = properties(schema)
        #expect(Set(file.keys) == TrainingFileFormat.TrainingFile.knownKeys)
        let module = (file["modules"] as? [String: Any])?["items"]
        #expect(Set(properties(module).keys) == TrainingFileFormat.ModuleEntry.knownKeys)
        let page = (properties(module)["pages"] as? [String: Any])?["items"]
        #expect(Set(properties(page).keys) == TrainingFileFormat.PageEntry.knownKeys)
    }
}
