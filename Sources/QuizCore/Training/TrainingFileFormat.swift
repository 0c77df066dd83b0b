/// The JSON shape of `training/modules.json`, as written by hand; every field optional so that the loader,
/// not the decoder, names what is missing. Numbers are read as `Double` so that `0.8` for a pass mark is
/// reported in words rather than as a decoding failure.
enum TrainingFileFormat {
    struct TrainingFile: StrictEntry {
        /// The editor's pointer to the JSON Schema (`$schema`).
        var schema: String?
        var schemaVersion: Int?
        var passMark: Double?
        var modules: [Strict<ModuleEntry>]?

        init(from decoder: any Decoder) throws { try self.init(treeDecoder: decoder) }

        init(json fields: inout JSONFields) throws {
            schema = try fields.string("$schema")
            schemaVersion = try fields.int("schemaVersion")
            passMark = try fields.double("passMark")
            modules = try fields.list("modules", of: Strict<ModuleEntry>.self)
        }
    }

    struct ModuleEntry: StrictEntry {
        var id: String?
        var title: String?
        var summary: String?
        var pages: [Strict<PageEntry>]?
        var questions: [String]?
        var questionCount: Double?
        var sources: [BankFileFormat.SourceEntry]?
        var checked: String?

        init(from decoder: any Decoder) throws { try self.init(treeDecoder: decoder) }

        init(json fields: inout JSONFields) throws {
            id = try fields.string("id")
            title = try fields.string("title")
            summary = try fields.string("summary")
            pages = try fields.list("pages", of: Strict<PageEntry>.self)
            questions = try fields.value("questions", as: [String].self)
            questionCount = try fields.double("questionCount")
            sources = try fields.list("sources", of: BankFileFormat.SourceEntry.self)
            checked = try fields.string("checked")
        }
    }

    struct PageEntry: StrictEntry {
        var title: String?
        var paragraphs: [String]?

        init(from decoder: any Decoder) throws { try self.init(treeDecoder: decoder) }

        init(json fields: inout JSONFields) throws {
            title = try fields.string("title")
            paragraphs = try fields.value("paragraphs", as: [String].self)
        }
    }
}
