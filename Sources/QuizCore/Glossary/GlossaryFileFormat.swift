/// The JSON shape of `glossary.json`, as written by hand; every field optional so that the loader names what is
/// missing.
enum GlossaryFileFormat {
    struct GlossaryFile: StrictEntry {
        /// The editor's pointer to the JSON Schema (`$schema`).
        var schema: String?
        var schemaVersion: Int?
        var terms: [Strict<TermEntry>]?

        init(from decoder: any Decoder) throws { try self.init(treeDecoder: decoder) }

        init(json fields: inout JSONFields) throws {
            schema = try fields.string("$schema")
            schemaVersion = try fields.int("schemaVersion")
            terms = try fields.list("terms", of: Strict<TermEntry>.self)
        }
    }

    struct TermEntry: StrictEntry {
        var term: String?
        var definition: String?
        var sources: [BankFileFormat.SourceEntry]?
        var checked: String?

        init(from decoder: any Decoder) throws { try self.init(treeDecoder: decoder) }

        init(json fields: inout JSONFields) throws {
            term = try fields.string("term")
            definition = try fields.string("definition")
            sources = try fields.list("sources", of: BankFileFormat.SourceEntry.self)
            checked = try fields.string("checked")
        }
    }
}
