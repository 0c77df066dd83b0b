import Foundation

/// Writes a valid question bank of any size: topics, and questions of all three kinds in files of a thousand,
/// with the same field sizes as hand-written ones, so loading it measures what a real bank of that size costs.
enum BankGenerator {
    static let topicCount = 10
    static let perFile = 1_000

    static func write(questions count: Int, to directory: URL) throws {
        let questionsFolder = directory.appendingPathComponent("questions")
        try FileManager.default.createDirectory(at: questionsFolder, withIntermediateDirectories: true)
        let topics = (0..<topicCount).map { ["id": "topic-\($0)", "title": "Generated topic \($0)"] }
        try json(["schemaVersion": 1, "topics": topics]).write(to: directory.appendingPathComponent("topics.json"))
        for file in stride(from: 0, to: count, by: perFile) {
            let questions = (file..<min(count, file + perFile)).map(question)
            try json(["schemaVersion": 1, "questions": questions]).write(to: questionsFolder.appendingPathComponent("generated-\(file / perFile).json"))
        }
    }

    private static func question(_ number: Int) -> [String: Any] {
        var entry: [String: Any] = [
            "id": "generated.q-\(number)", "topic": "topic-\(number % topicCount)", "difficulty": ["easy", "medium", "hard"][number % 3],
            "explanation": "Generated explanation number \(number): security OF the cloud is AWS's, security IN the cloud is the customer's, and this sentence is about as long as a real one.",
            "sources": [["title": "Shared Responsibility Model", "url": "https://aws.amazon.com/compliance/shared-responsibility-model/"]],
            "checked": "2026-11-23",
        ]
        switch number % 3 {
        case 0:
            entry["kind"] = "owner"
            entry["service"] = "Generated service \(number)"
            entry["control"] = "patching the generated operating system \(number)"
            entry["owner"] = ["aws", "customer", "shared"][number % 3 == 0 ? (number / 3) % 3 : 0]
        case 1:
            entry["kind"] = "single"
            entry["prompt"] = "Generated question \(number): who is responsible for this part of the model in a typical deployment?"
            entry["options"] = (0..<4).map { option -> [String: Any] in
                var choice: [String: Any] = ["text": "Generated option \(option) of question \(number)", "why": "Because generated option \(option) is what it is."]
                if option == 0 { choice["correct"] = true }
                return choice
            }
        default:
            entry["kind"] = "multiple"
            entry["prompt"] = "Generated question \(number): which two of these are the customer's?"
            entry["options"] = (0..<4).map { option -> [String: Any] in
                var choice: [String: Any] = ["text": "Generated option \(option) of question \(number)", "why": "Because generated option \(option) is what it is."]
                if option < 2 { choice["correct"] = true }
                return choice
            }
        }
        return entry
    }

    private static func json(_ object: Any) throws -> Data {
        try JSONSerialization.data(withJSONObject: object)
    }
}
