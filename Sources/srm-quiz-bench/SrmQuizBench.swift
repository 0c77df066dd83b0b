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
        subcommands: [All.self, Start.self, Readiness.self, LoadBank.self, GenerateBank.self, GenerateProfile.self, OpenProfile.self, GenerateTeam.self, TeamReportRun.self, SyncLRS.self],
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

        @Option(help: "Learners in the team report's collection.")
        var teamLearners = 10_000

        @Option(help: "Answers of each learner in the team report's collection.")
        var teamAnswers = 500

        func run() throws {
            setlocale(LC_ALL, "C.UTF-8")
            let work = FileManager.default.temporaryDirectory.appendingPathComponent("srm-quiz-bench-\(getpid())")
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: work) }
            print("srm-quiz benchmarks: \(ProcessInfo.processInfo.processorCount) cores, runs \(runs), median of each")
            for figure in try ColdStartFigures.measure(runs: runs, fixture: ColdStartFixture(work: work))
                + BankFigures.measure(large: largeBank, runs: runs, work: work)
                + ProfileFigures.measure(answers: longProfile, runs: runs, work: work)
                + ScreenFigures.measure(runs: runs)
                + TeamFigures.measure(learners: teamLearners, answers: teamAnswers, runs: min(runs, 3), work: work) {
                print(figure.line)
                fflush(nil)
            }
        }
    }

    /// Issue 16's figures: each kind of start against the hello-world, in time and in instructions.
    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "start",
            abstract: "Cold starts (home, practice, report, validate, --help, and the smallest argument-parser program) against a hello-world: times, and instructions counted by callgrind."
        )

        @Option(help: "Runs of each start; the median is reported.")
        var runs = 9

        @Flag(help: "Times only: skip the instruction counts (valgrind runs take about a minute).")
        var timesOnly = false

        @Option(help: ArgumentHelp("Keep the profile, policy and bank cache used in this folder, to look into by hand.", valueName: "dir"))
        var keep: String?

        func run() throws {
            setlocale(LC_ALL, "C.UTF-8")
            let work = keep.map { URL(fileURLWithPath: $0) } ?? FileManager.default.temporaryDirectory.appendingPathComponent("srm-quiz-bench-\(getpid())")
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            defer { if keep == nil { try? FileManager.default.removeItem(at: work) } }
            print("srm-quiz cold starts: bundled bank, a profile of \(ColdStartFixture.answers) answers, a policy; runs \(runs), median of each")
            let fixture = try ColdStartFixture(work: work)
            for figure in try ColdStartFigures.measure(runs: runs, fixture: fixture) {
                print(figure.line)
                fflush(nil)
            }
            guard !timesOnly else { return }
            for figure in try InstructionCounts.measure(fixture: fixture, work: work) {
                print(figure.line)
                fflush(nil)
            }
        }
    }

    /// How well readiness's predictions are calibrated, on simulated learners (not a speed figure: any build will do).
    struct Readiness: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "readiness", abstract: "Simulate learners and print the Brier score and calibration table of readiness's predictions."
        )

        @Option(help: "Simulated learners.")
        var learners = 2_000

        @Option(help: "Questions in each learner's next session.")
        var sessionQuestions = 30

        @Option(help: "The seed of the simulation.")
        var seed: UInt64 = 1

        func run() throws {
            print(ReadinessCalibration.report(ReadinessCalibration.run(learners: learners, sessionQuestions: sessionQuestions, seed: seed)), terminator: "")
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

    /// The team report over a collection, in a process of its own: prints seconds, peak bytes and learners.
    struct TeamReportRun: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "team-report", abstract: "Report on the collection in TEAM with the bank in BANK (used by `all`).", shouldDisplay: false
        )

        @Argument var bank: String
        @Argument var team: String

        func run() throws {
            let start = Measure.now()
            let loaded = try BankLoader.load(directory: URL(fileURLWithPath: bank))
            let contents = try TeamDirectory.read(URL(fileURLWithPath: team))
            let csv = TeamReport(contents, bank: loaded).csv()
            let seconds = Measure.now() - start
            guard !csv.isEmpty else { throw BenchFailure("an empty report") }
            print("\(seconds) \(Measure.peakMemory()) \(contents.learners.count)")
        }
    }

    /// Writes a generated collection of learners' progress files, to look at or to profile.
    struct GenerateTeam: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "generate-team", abstract: "Write LEARNERS progress files of ANSWERS answers each into DIR."
        )

        @Argument var learners: Int
        @Argument var answers: Int
        @Argument var directory: String

        func run() throws {
            try TeamGenerator.write(learners: learners, answers: answers, to: URL(fileURLWithPath: directory))
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
