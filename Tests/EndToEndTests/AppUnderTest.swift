import Foundation
import QuizCore

/// The built srm-quiz binary, a private data directory and the test bank, for one test.
struct AppUnderTest {
    static let binary: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("srm-quiz")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent().appendingPathComponent("srm-quiz") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? beside
    }()

    static let fixtureBank = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/bank")

    let dataDirectory: URL
    let profile = "e2e"

    init() throws {
        dataDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("srm-quiz-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
    }

    var progressFile: URL {
        dataDirectory.appendingPathComponent("profiles/\(profile).json")
    }

    /// Where an unfinished exam is kept to resume.
    var savedExamFile: URL {
        progressFile.deletingPathExtension().appendingPathExtension("exam.json")
    }

    /// The global options that point the app at this test's data and, unless `bundledBank`, the fixture bank.
    func options(bundledBank: Bool = false) -> [String] {
        var options = ["--data-dir", dataDirectory.path, "--profile", profile]
        if !bundledBank { options += ["--bank", Self.fixtureBank.path] }
        return options
    }

    /// A shell command for a tmux pane: records `stty -g` before and after the app, then prints its exit status
    /// and stays (tmux may drop the last output of a pane that ends at once). The shell survives the
    /// learner's Ctrl-C through a trap, which the app does not inherit. `launcher` runs the app (`faketime -f +1d`).
    func paneCommand(_ arguments: [String], environment: [String] = [], launcher: [String] = []) -> String {
        let app = (launcher + [Self.binary.path] + arguments).map(Command.quoted).joined(separator: " ")
        let before = Command.quoted(dataDirectory.appendingPathComponent("stty.before").path)
        let after = Command.quoted(dataDirectory.appendingPathComponent("stty.after").path)
        let script = "trap true INT; stty -g > \(before); env TERM=tmux-256color LANG=C.UTF-8 \(environment.joined(separator: " ")) \(app); status=$?; "
            + "stty -g > \(after); echo EXIT=$status; exec sleep 600"
        return "sh -c \(Command.quoted(script))"
    }

    /// The terminal settings before the app started and after it ended.
    func terminalSettings() throws -> (before: String, after: String) {
        let read = { (name: String) in try String(contentsOf: dataDirectory.appendingPathComponent(name), encoding: .utf8) }
        return (try read("stty.before"), try read("stty.after"))
    }

    func run(_ arguments: [String], input: String? = nil, launcher: [String] = []) throws -> Command.Result {
        guard let first = launcher.first else { return try Command.run(Self.binary.path, arguments, input: input) }
        return try Command.run(first, launcher.dropFirst() + [Self.binary.path] + arguments, input: input)
    }

    func progress() throws -> ProgressFile? {
        try ProgressStore(fileURL: progressFile).load()
    }
}
