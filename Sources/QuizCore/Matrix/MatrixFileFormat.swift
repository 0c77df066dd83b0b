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

    struct CellsFile: Decodable {
        var schemaVersion: Int?
        var service: String?
        var cells: [Strict<CellEntry>]?
    }

    struct CellEntry: StrictEntry, FieldsFromCodingKeys {
        var control: String?
        var owner: String?
        var awsPart: String?
        var customerPart: String?
        var condition: String?
        var difficulty: String?
        var explanation: String?
        var sources: [BankFileFormat.SourceEntry]?
        var checked: String?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case control, owner, awsPart, customerPart, condition, difficulty, explanation, sources, checked
        }
    }
}
