import Foundation

/// Loading and validating generated banks of 10,000 and `large` questions, each in a process of its own, `runs`
/// times: the median time, and the highest peak memory.
enum BankFigures {
    static func measure(large: Int, runs: Int, work: URL) throws -> [Figure] {
        let small = large / 10
        var results: [(count: Int, seconds: Double, bytes: Double)] = []
        for count in [small, large] {
            let folder = work.appendingPathComponent("bank-\(count)")
            try BankGenerator.write(questions: count, to: folder)
            var loads: [(seconds: Double, bytes: Double)] = []
            for _ in 0..<runs {
                let fields = try Measure.child(["load-bank", folder.path]).split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
                guard fields.count == 3, Int(fields[2]) == count else { throw BenchFailure("loading \(count) questions gave \(fields)") }
                loads.append((fields[0], fields[1]))
            }
            let seconds = loads.map(\.seconds).sorted()[loads.count / 2]
            results.append((count, seconds, loads.map(\.bytes).max() ?? 0))
        }
        let ratio = results[1].seconds / results[0].seconds
        return [
            Figure(name: "load and validate \(small) questions", value: results[0].seconds * 1000, unit: "ms", limit: nil),
            Figure(name: "load and validate \(large) questions", value: results[1].seconds * 1000, unit: "ms", limit: 1000),
            Figure(name: "peak memory loading \(large) questions", value: results[1].bytes / 1_048_576, unit: "MB", limit: 200),
            Figure(name: "time ratio \(large) / \(small) questions (10 is linear)", value: ratio, unit: "", limit: 13),
        ]
    }
}
