import Foundation

/// Instructions executed to the first frame (or to the end), counted by valgrind's callgrind: a figure the
/// machine's drifting speed does not move, so a change can be judged by it.
enum InstructionCounts {
    /// The function srm-quiz enters right after its first frame is on the terminal; callgrind dumps its counts
    /// on entering it.
    static let firstFrameFunction = "*firstFrameDrawn*"

    static func measure(fixture: ColdStartFixture, work: URL) throws -> [Figure] {
        guard let valgrind = findValgrind() else {
            return [Figure(name: "instruction counts: valgrind is not installed (apt-get install valgrind)", value: 0, unit: "", limit: nil)]
        }
        let folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        var copies: [String: String] = [:]
        for program in Set(ColdStartFigures.starts(fixture).map(\.program)).union(["bench-hello"]) {
            copies[program] = try withoutDebugInformation(folder.appendingPathComponent(program), work: work)
        }
        let hello = copies["bench-hello"]!
        _ = try ColdStart.seconds(copies["srm-quiz"]!, fixture.options, until: .shows("Question bank:"), environment: fixture.environment)
        let helloCount = try count(valgrind, hello, [], end: .exits, fixture: fixture, work: work)
        var figures = [Figure(name: "instructions, hello-world to its end", value: Double(helloCount) / 1e6, unit: "M", limit: nil)]
        for start in ColdStartFigures.starts(fixture) where !start.drawnAfterFirstFrame {
            try fixture.reset()
            if start.withoutBankCache { fixture.removeBankCache() }
            let appCount = try count(valgrind, copies[start.program]!, start.arguments, end: start.end, fixture: fixture, work: work)
            figures += [
                Figure(name: "instructions, \(start.name)", value: Double(appCount) / 1e6, unit: "M", limit: nil),
                Figure(name: "  as a multiple of hello-world's", value: Double(appCount) / Double(helloCount), unit: "x", limit: nil),
            ]
        }
        try fixture.reset()
        return figures
    }

    /// Instructions of one start under callgrind: to the first frame for a full-screen start, else to the end.
    private static func count(_ valgrind: String, _ executable: String, _ arguments: [String], end: ColdStart.End, fixture: ColdStartFixture, work: URL) throws -> UInt64 {
        let output = work.appendingPathComponent("callgrind-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: output) }
        let file = output.appendingPathComponent("out")
        var options = ["--tool=callgrind", "--callgrind-out-file=\(file.path)"]
        if case .shows = end { options.append("--dump-before=\(firstFrameFunction)") }
        var firstFrame: UInt64?
        _ = try ColdStart.seconds(valgrind, options + [executable] + arguments, until: end, environment: fixture.environment, timeout: 600) {
            let deadline = Measure.now() + 60
            while firstFrame == nil, Measure.now() < deadline {
                firstFrame = try firstDump(in: output).flatMap { try totals(of: $0) }
                usleep(100_000)
            }
        }
        if case .shows = end {
            guard let firstFrame else { throw BenchFailure("callgrind wrote no counts at \(firstFrameFunction) for \(arguments.joined(separator: " "))") }
            return firstFrame
        }
        guard let total = try totals(of: file) else { throw BenchFailure("callgrind wrote no counts for \(executable) \(arguments.joined(separator: " "))") }
        return total
    }

    /// The first dump callgrind made on entering the marker function (`out.1`, or `out.PID.1` in older versions).
    private static func firstDump(in folder: URL) throws -> URL? {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().first { $0.hasSuffix(".1") }.map { folder.appendingPathComponent($0) }
    }

    /// The `totals:` line of a callgrind file, its last: there once the file is written whole.
    private static func totals(of file: URL) throws -> UInt64? {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("totals:") {
            return line.split(separator: " ").dropFirst().first.flatMap { UInt64($0) }
        }
        return nil
    }

    private static func findValgrind() -> String? {
        find("valgrind")
    }

    private static func find(_ program: String) -> String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
            .map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// A copy of `binary` with its symbols but without its DWARF, which valgrind 3.19 cannot read from Swift 6.3's
    /// compiler (the copy finds the bundled bank through the repository it was built from, as the original does).
    private static func withoutDebugInformation(_ binary: URL, work: URL) throws -> String {
        guard let objcopy = find("objcopy") else { throw BenchFailure("objcopy is not installed (apt-get install binutils)") }
        let folder = work.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent(binary.lastPathComponent).path
        guard try Measure.run(objcopy, ["--strip-debug", binary.path, copy]) == 0 else { throw BenchFailure("objcopy could not copy \(binary.path)") }
        return copy
    }
}
