import Foundation
import QuizCore

/// Writes a trainer's collection: `learners` progress files of `answers` answers each (`ProfileGenerator`'s
/// history, in `shapes` shapes ending at different times), named `learner-NNNNN.json`.
enum TeamGenerator {
    /// Histories are made in this many shapes and told apart by their profile name: making each one afresh would
    /// take longer than the report it is for.
    static let shapes = 16

    static func write(learners: Int, answers: Int, to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let end = Date(timeIntervalSince1970: 1_800_000_000)
        let placeholder = "learner-placeholder"
        let templates = try (0..<shapes).map { shape -> [UInt8] in
            let progress = ProfileGenerator.progress(answers: answers, profile: placeholder, endingAt: end.addingTimeInterval(Double(shape) * 3_607))
            return Array(try ProgressStore.encode(progress))
        }
        for number in 0..<learners {
            let name = "learner-" + String(repeating: "0", count: max(0, 5 - String(number).count)) + String(number)
            let text = String(decoding: templates[number % shapes], as: UTF8.self).replacingOccurrences(of: placeholder, with: name)
            try Data(text.utf8).write(to: folder.appendingPathComponent("\(name).json"))
        }
    }
}
