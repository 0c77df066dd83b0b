/// The JSON shape of `training/modules.json`, as written by hand; every field optional so that the loader,
/// not the decoder, names what is missing. Numbers are read as `Double` so that `0.8` for a pass mark is
/// reported in words rather than as a decoding failure.
enum TrainingFileFormat {
    struct TrainingFile: StrictEntry, FieldsFromCodingKeys {
        /// The editor's pointer to the JSON Schema.
        var schema: String?
        var schemaVersion: Int?
        var passMark: Double?
        var modules: [Strict<ModuleEntry>]?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case schema = "$schema"
            case schemaVersion, passMark, modules
        }
    }

    struct ModuleEntry: StrictEntry, FieldsFromCodingKeys {
        var id: String?
        var title: String?
        var summary: String?
        var pages: [Strict<PageEntry>]?
        var questions: [String]?
        var questionCount: Double?
        var sources: [BankFileFormat.SourceEntry]?
        var checked: String?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, title, summary, pages, questions, questionCount, sources, checked
        }
    }

    struct PageEntry: StrictEntry, FieldsFromCodingKeys {
        var title: String?
        var paragraphs: [String]?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case title, paragraphs
        }
    }
}
