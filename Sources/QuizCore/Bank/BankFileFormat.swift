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
        var questions: [Strict<QuestionEntry>]?
    }

    struct QuestionEntry: StrictEntry, FieldsFromCodingKeys {
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

        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, kind, topic, difficulty, serviceModel, prompt, options, service, control, owner, explanation, sources, checked
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

/// An entry that knows its fields: any other key in the JSON is reported, since it is most often a misspelt field.
protocol StrictEntry: Decodable {
    static var knownKeys: Set<String> { get }
}

/// An entry whose fields are exactly its `CodingKeys`.
protocol FieldsFromCodingKeys {
    associatedtype CodingKeys: CodingKey & CaseIterable & RawRepresentable where CodingKeys.RawValue == String
}

extension StrictEntry where Self: FieldsFromCodingKeys {
    static var knownKeys: Set<String> { Set(CodingKeys.allCases.map(\.rawValue)) }
}

/// Decodes an entry and also the keys it does not know.
struct Strict<Entry: StrictEntry>: Decodable {
    let entry: Entry
    let unknownKeys: [String]

    init(from decoder: any Decoder) throws {
        entry = try Entry(from: decoder)
        let keys = try decoder.container(keyedBy: BankFileFormat.AnyKey.self).allKeys.map(\.stringValue)
        unknownKeys = keys.filter { !Entry.knownKeys.contains($0) }.sorted()
    }
}
