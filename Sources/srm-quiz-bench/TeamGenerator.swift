import Foundation
import QuizCore

/// Writes a trainer's collection: `learners` progress files of `answers` answers each (`ProfileGenerator`'s
/// history, in `shapes` shapes ending at different times), named `learner-NNNNN.json`.
enum TeamGenerator {
    /// Histories are made in this many shapes (ending an hour apart) and told apart by their profile name, written
    /// between the bytes of a shape's file: making each one afresh would take longer than the report it is for.
    static let shapes = 16

    static func write(learners: Int, answers: Int, to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let end = Date(timeIntervalSince1970: 1_800_000_000)
        let placeholder = "learner-placeholder"
        let templates = try (0..<shapes).map { shape -> (before: Data, after: Data) in
            let history = ProfileGenerator.progress(answers: answers, profile: placeholder, endingAt: end.addingTimeInterval(Double(shape) * 3_607))
            let text = String(decoding: try ProgressStore.encode(history), as: UTF8.self)
            let parts = text.components(separatedBy: "\"\(placeholder)\"")
            guard parts.count == 2 else { throw BenchFailure("the profile name is not once in the generated file") }
            return (Data((parts[0] + "\"").utf8), Data(("\"" + parts[1]).utf8))
        }
        for number in 0..<learners {
            let name = "learner-" + String(repeating: "0", count: max(0, 5 - String(number).count)) + String(number)
            let template = templates[number % shapes]
            try (template.before + Data(name.utf8) + template.after).write(to: folder.appendingPathComponent("\(name).json"))
        }
    }
}
