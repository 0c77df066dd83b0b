/// The JSON shape of `scenarios/*.json`: one scenario per file.
enum ScenarioFileFormat {
    struct ScenarioFile: StrictEntry {
        /// The editor's pointer to the JSON Schema (`$schema`).
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
        var examTask: String?

        init(from decoder: any Decoder) throws { try self.init(treeDecoder: decoder) }

        init(json fields: inout JSONFields) throws {
            examTask = try fields.string("examTask")
            schema = try fields.string("$schema")
            schemaVersion = try fields.int("schemaVersion")
            id = try fields.string("id")
            title = try fields.string("title")
            topic = try fields.string("topic")
            difficulty = try fields.string("difficulty")
            serviceModel = try fields.string("serviceModel")
            narrative = try fields.string("narrative")
            steps = try fields.list("steps", of: Strict<StepEntry>.self)
            summary = try fields.string("summary")
            sources = try fields.list("sources", of: BankFileFormat.SourceEntry.self)
            checked = try fields.string("checked")
        }
    }

    /// A step: a question (topic, difficulty, sources and date default to the scenario's) and what it asks about.
    struct StepEntry: StrictEntry {
        var asks: String?
        var question: BankFileFormat.QuestionEntry

        init(from decoder: any Decoder) throws { try self.init(treeDecoder: decoder) }

        init(json fields: inout JSONFields) throws {
            asks = try fields.string("asks")
            question = try BankFileFormat.QuestionEntry(json: &fields)
        }
    }
}
