/// The JSON shape of `scenarios/*.json`: one scenario per file.
enum ScenarioFileFormat {
    struct ScenarioFile: StrictEntry, FieldsFromCodingKeys {
        /// The editor's pointer to the JSON Schema.
        var schema: String?
        var schemaVersion: Int?
        var id: String?
        var title: String?
        var topic: String?
        var difficulty: String?
        var serviceModel: String?
        var narrative: String?
        var steps: [Strict<StepEntry>]?
        var summary: String?
        var sources: [BankFileFormat.SourceEntry]?
        var checked: String?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case schema = "$schema"
            case schemaVersion, id, title, topic, difficulty, serviceModel, narrative, steps, summary, sources, checked
        }
    }

    /// A step: a question (topic, difficulty, sources and date default to the scenario's) and what it asks about.
    struct StepEntry: StrictEntry {
        static let knownKeys = BankFileFormat.QuestionEntry.knownKeys.union(["asks"])

        var asks: String?
        var question: BankFileFormat.QuestionEntry

        init(from decoder: any Decoder) throws {
            question = try BankFileFormat.QuestionEntry(from: decoder)
            asks = try decoder.container(keyedBy: BankFileFormat.AnyKey.self).decodeIfPresent(String.self, forKey: BankFileFormat.AnyKey("asks"))
        }
    }
}
