import ArgumentParser
import Foundation
import Glibc
import QuizCore
import QuizUI
import TerminalBackend

/// The figures srm-quiz's speed and memory targets are judged by; build with `-c release`.
@main
struct SrmQuizBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "srm-quiz-bench",
        abstract: "Measure srm-quiz against its speed and memory targets and print each figure with its target.",
        subcommands: [All.self, LoadBank.self, GenerateBank.self, GenerateProfile.self, OpenProfile.self, SyncLRS.self],
        defaultSubcommand: All.self
    )
}

extension SrmQuizBench {
    struct All: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "all", abstract: "Every figure (the default).")

        @Option(help: "Runs per figure; the median is reported.")
        var runs = 5

        @Option(help: "Questions in the large generated bank.")
        var largeBank = 100_000

        @Option(help: "Answers in the long profile.")
        var longProfile = 100_000

        func run() throws {
            setlocale(LC_ALL, "C.UTF-8")
            let work = FileManager.default.temporaryDirectory.appendingPathComponent("srm-quiz-bench-\(getpid())")
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: work) }
            print("srm-quiz benchmarks: \(ProcessInfo.processInfo.processorCount) cores, runs \(runs), median of each")
            for figure in try ColdStartFigures.measure(runs: runs, work: work)
                + BankFigures.measure(large: largeBank, runs: runs, work: work)
                + ProfileFigures.measure(answers: longProfile, runs: runs, work: work)
                + ScreenFigures.measure(runs: runs) {
                print(figure.line)
                fflush(nil)
            }
        }
    }

    /// Loads and validates one bank in a process of its own and prints seconds and peak bytes.
    struct LoadBank: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "load-bank", abstract: "Load one bank (used by `all`).", shouldDisplay: false)

        @Argument var directory: String

        func run() throws {
            let start = Measure.now()
            let bank = try BankLoader.load(directory: URL(fileURLWithPath: directory))
            let seconds = Measure.now() - start
            print("\(seconds) \(Measure.peakMemory()) \(bank.questions.count)")
        }
    }

    /// Writes a generated bank, to look at or to profile.
    struct GenerateBank: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "generate-bank", abstract: "Write a generated bank of N questions to DIR.")

        @Argument var count: Int
        @Argument var directory: String

        func run() throws {
            try BankGenerator.write(questions: count, to: URL(fileURLWithPath: directory))
        }
    }

    /// Writes a generated profile, to look at or to profile.
    struct GenerateProfile: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "generate-profile", abstract: "Write a profile named NAME with N answers into the data directory DIR."
        )

        @Argument var count: Int
        @Argument var directory: String
        @Argument var name = "generated"

        func run() throws {
            let store = ProgressStore(dataDirectory: URL(fileURLWithPath: directory), profile: try ProfileName(name))
            try store.save(ProfileGenerator.progress(answers: count, profile: name, endingAt: Date()))
            print(store.fileURL.path)
        }
    }

    /// Opens a profile again and again and prints the median time.
    struct OpenProfile: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "open-profile", abstract: "Open the profile NAME in the data directory DIR and print the median seconds."
        )

        @Argument var directory: String
        @Argument var name = "generated"
        @Option(help: "Times to open it.") var runs = 9

        func run() throws {
            let store = ProgressStore(dataDirectory: URL(fileURLWithPath: directory), profile: try ProfileName(name))
            print(try Measure.median(runs: runs) { _ = try store.load() })
        }
    }

    /// The LRS figures against a running LRS (scripts/bench-sync.sh starts a fresh Ralph for each batch size).
    struct SyncLRS: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sync-lrs", abstract: "Sync a long history to a running LRS at one batch size, and the first frame with an LRS in the policy."
        )

        @Option(help: "The LRS's xAPI endpoint.") var endpoint: String
        @Option(help: "The key of HTTP Basic authentication.") var key: String
        @Option(name: .customLong("secret-variable"), help: "The environment variable that holds the secret.") var secretVariable: String
        @Option(help: "Statements to queue and send.") var statements = 100_000
        @Option(name: .customLong("batch-size"), help: "Statements per POST.") var batchSize = 500
        @Option(help: "Runs of each first-frame figure; the median is reported.") var runs = 5

        func run() throws {
            setlocale(LC_ALL, "C.UTF-8")
            let work = FileManager.default.temporaryDirectory.appendingPathComponent("srm-quiz-bench-sync-\(getpid())")
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: work) }
            let target = SyncFigures.Target(endpoint: endpoint, key: key, secretVariable: secretVariable)
            for figure in try SyncFigures.measure(target, statements: statements, batchSize: batchSize, runs: runs, work: work) {
                print(figure.line)
                fflush(nil)
            }
        }
    }
}
