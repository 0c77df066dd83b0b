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
        var cells: [CellEntry]?
    }

    struct CellEntry: Decodable {
        static let knownKeys: Set<String> = [
            "control", "owner", "awsPart", "customerPart", "condition", "difficulty", "explanation", "sources", "checked",
        ]

        var control: String?
        var owner: String?
        var awsPart: String?
        var customerPart: String?
        var condition: String?
        var difficulty: String?
        var explanation: String?
        var sources: [BankFileFormat.SourceEntry]?
        var checked: String?
        var unknownKeys: [String] = []

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: BankFileFormat.AnyKey.self)
            func value<T: Decodable>(_ key: String) throws -> T? {
                try container.decodeIfPresent(T.self, forKey: BankFileFormat.AnyKey(key))
            }
            control = try value("control")
            owner = try value("owner")
            awsPart = try value("awsPart")
            customerPart = try value("customerPart")
            condition = try value("condition")
            difficulty = try value("difficulty")
            explanation = try value("explanation")
            sources = try value("sources")
            checked = try value("checked")
            unknownKeys = container.allKeys.map(\.stringValue).filter { !Self.knownKeys.contains($0) }.sorted()
        }
    }
}
