import Foundation
import QuizCore

/// The team report (`report --team DIR --format csv`) over a generated collection of `learners` progress files of
/// `answers` answers each, in a process of its own: the median time and the highest peak memory of `runs`.
enum TeamFigures {
    static func measure(learners: Int, answers: Int, runs: Int, work: URL) throws -> [Figure] {
        let bank = work.appendingPathComponent("team-bank")
        try BankGenerator.write(questions: 5_000, to: bank)
        let team = work.appendingPathComponent("team")
        try TeamGenerator.write(learners: learners, answers: answers, to: team)
        defer { try? FileManager.default.removeItem(at: team) }
        var reports: [(seconds: Double, bytes: Double)] = []
        for _ in 0..<runs {
            let fields = try Measure.child(["team-report", bank.path, team.path]).split(separator: " ")
                .compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            guard fields.count == 3, Int(fields[2]) == learners else { throw BenchFailure("the team report gave \(fields)") }
            reports.append((fields[0], fields[1]))
        }
        return [
            Figure(name: "team report over \(learners) learners of \(answers) answers", value: reports.map(\.seconds).sorted()[reports.count / 2], unit: "s", limit: 5),
            Figure(name: "peak memory of that team report", value: (reports.map(\.bytes).max() ?? 0) / 1_048_576, unit: "MB", limit: 1024),
        ]
    }
}
