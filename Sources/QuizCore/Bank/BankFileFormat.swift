/// The JSON shapes of the files in a bank directory, as written by hand; every field optional so
/// that the validator, not the decoder, names what is missing.
enum BankFileFormat {
    static let schemaVersion = 1

    struct TopicsFile: Decodable {
        var schemaVersion: Int?
        var topics: [TopicEntry]?
    }

    struct TopicEntry: Decodable {
        var id: String?
        var title: String?
    }

    struct QuestionsFile: Decodable {
        var schemaVersion: Int?
        var questions: [QuestionEntry]?
    }

    struct QuestionEntry: Decodable {
        static let knownKeys: Set<String> = [
            "id", "kind", "topic", "difficulty", "serviceModel", "prompt", "options", "service", "control",
            "owner", "explanation", "sources", "checked",
        ]

        var id: String?
        var kind: String?
        var topic: String?
        var difficulty: String?
        var serviceModel: String?
        var prompt: String?
        var options: [OptionEntry]?
        var service: String?
        var control: String?
        var owner: String?
        var explanation: String?
        var sources: [SourceEntry]?
        var checked: String?
        /// Keys the format does not know, most often a misspelt field.
        var unknownKeys: [String] = []

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyKey.self)
            func value<T: Decodable>(_ key: String) throws -> T? {
                try container.decodeIfPresent(T.self, forKey: AnyKey(key))
            }
            id = try value("id")
            kind = try value("kind")
            topic = try value("topic")
            difficulty = try value("difficulty")
            serviceModel = try value("serviceModel")
            prompt = try value("prompt")
            options = try value("options")
            service = try value("service")
            control = try value("control")
            owner = try value("owner")
            explanation = try value("explanation")
            sources = try value("sources")
            checked = try value("checked")
            unknownKeys = container.allKeys.map(\.stringValue).filter { !Self.knownKeys.contains($0) }.sorted()
        }
    }

    struct OptionEntry: Decodable {
        var text: String?
        var correct: Bool?
        var why: String?
    }

    struct SourceEntry: Decodable {
        var seed: String?
        var title: String?
        var url: String?
    }

    struct AnyKey: CodingKey {
        let stringValue: String
        let intValue: Int? = nil
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
