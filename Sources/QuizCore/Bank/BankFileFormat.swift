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

    struct QuestionsFile: JSONReadable {
        var schemaVersion: Int?
        var questions: [Strict<QuestionEntry>]?

        init(from decoder: any Decoder) throws { try self.init(treeDecoder: decoder) }

        init(json fields: inout JSONFields) throws {
            schemaVersion = try fields.int("schemaVersion")
            questions = try fields.list("questions", of: Strict<QuestionEntry>.self)
        }
    }

    struct QuestionEntry: StrictEntry {
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
        var examTask: String?

        init(from decoder: any Decoder) throws { try self.init(treeDecoder: decoder) }

        init(json fields: inout JSONFields) throws {
            examTask = try fields.string("examTask")
            id = try fields.string("id")
            kind = try fields.string("kind")
            topic = try fields.string("topic")
            difficulty = try fields.string("difficulty")
            serviceModel = try fields.string("serviceModel")
            prompt = try fields.string("prompt")
            options = try fields.list("options", of: OptionEntry.self)
            service = try fields.string("service")
            control = try fields.string("control")
            owner = try fields.string("owner")
            explanation = try fields.string("explanation")
            sources = try fields.list("sources", of: SourceEntry.self)
            checked = try fields.string("checked")
        }
    }

    struct OptionEntry: JSONReadable {
        var text: String?
        var correct: Bool?
        var why: String?

        init(from decoder: any Decoder) throws { try self.init(treeDecoder: decoder) }

        init(json fields: inout JSONFields) throws {
            text = try fields.string("text")
            correct = try fields.bool("correct")
            why = try fields.string("why")
        }
    }

    struct SourceEntry: JSONReadable {
        var seed: String?
        var title: String?
        var url: String?
        var supports: String?

        init(from decoder: any Decoder) throws { try self.init(treeDecoder: decoder) }

        init(json fields: inout JSONFields) throws {
            seed = try fields.string("seed")
            title = try fields.string("title")
            url = try fields.string("url")
            supports = try fields.string("supports")
        }
    }
}

/// An entry whose unknown keys are reported, since an unknown key is most often a misspelt field: every key its
/// `init(json:)` does not read is unknown.
protocol StrictEntry: JSONReadable {}

extension StrictEntry {
    /// Every key the entry reads (for checking the JSON Schemas against the loader).
    static var knownKeys: Set<String> {
        let recorder = JSONKeyRecorder()
        _ = try? JSONTreeDecoder(keyRecorder: recorder).decode(Self.self, from: .object(JSONObject(members: [])))
        return recorder.keys
    }
}

/// An entry and the keys it did not know.
struct Strict<Entry: StrictEntry>: JSONReadable {
    let entry: Entry
    let unknownKeys: [String]

    init(from decoder: any Decoder) throws { try self.init(treeDecoder: decoder) }

    init(json fields: inout JSONFields) throws {
        entry = try Entry(json: &fields)
        unknownKeys = fields.unreadKeys
    }
}
