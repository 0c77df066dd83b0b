/// The JSON shapes of `matrix/services.json`, `matrix/controls.json` and `matrix/cells/*.json`.
enum MatrixFileFormat {
    struct ServicesFile: Decodable {
        var schemaVersion: Int?
        var serviceModels: [ServiceModelEntry]?
        var services: [ServiceEntry]?
    }

    struct ServiceModelEntry: Decodable {
        var id: String?
        var title: String?
        var cloudModel: String?
        var description: String?
    }

    struct ServiceEntry: Decodable {
        var id: String?
        var name: String?
        var shortName: String?
        var serviceModel: String?
        var summary: String?
    }

    struct ControlsFile: Decodable {
        var schemaVersion: Int?
        var controls: [ControlEntry]?
    }

    struct ControlEntry: Decodable {
        var id: String?
        var name: String?
        var phrase: String?
        var controlClass: String?
    }

    struct CellsFile: JSONReadable {
        var schemaVersion: Int?
        var service: String?
        var cells: [Strict<CellEntry>]?

        init(from decoder: any Decoder) throws { try self.init(treeDecoder: decoder) }

        init(json fields: inout JSONFields) throws {
            schemaVersion = try fields.int("schemaVersion")
            service = try fields.string("service")
            cells = try fields.list("cells", of: Strict<CellEntry>.self)
        }
    }

    struct CellEntry: StrictEntry {
        var control: String?
        var owner: String?
        var awsPart: String?
        var customerPart: String?
        var condition: String?
        var difficulty: String?
        var explanation: String?
        var sources: [BankFileFormat.SourceEntry]?
        var checked: String?
        var examTask: String?
        var revision: Int?

        init(from decoder: any Decoder) throws { try self.init(treeDecoder: decoder) }

        init(json fields: inout JSONFields) throws {
            examTask = try fields.string("examTask")
            revision = try fields.int("revision")
            control = try fields.string("control")
            owner = try fields.string("owner")
            awsPart = try fields.string("awsPart")
            customerPart = try fields.string("customerPart")
            condition = try fields.string("condition")
            difficulty = try fields.string("difficulty")
            explanation = try fields.string("explanation")
            sources = try fields.list("sources", of: BankFileFormat.SourceEntry.self)
            checked = try fields.string("checked")
        }
    }
}
