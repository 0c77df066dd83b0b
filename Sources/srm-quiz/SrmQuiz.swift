import ArgumentParser
import Glibc

@main
struct SrmQuiz: ParsableCommand {
    static let version = "0.1.0"
    /// What `BankCoverage` says of the bundled bank, written here so that `--help` loads no bank; an end-to-end
    /// test holds it to the bank.
    static let bundledCoverage = "CLF-C02 coverage: all of domain 2 (Security and Compliance) and task 3.2 of domain 3; nothing from domains 1 and 4 or from the other tasks of domain 3."

    static let configuration = CommandConfiguration(
        commandName: "srm-quiz",
        abstract: "Learn the AWS Shared Responsibility Model: who secures what, AWS or you.",
        discussion: """
            Without a subcommand, opens the home screen. Progress is saved after every answer \
            in one JSON file per profile under the data directory.

            For the AWS Certified Cloud Practitioner exam, the bundled bank's \(bundledCoverage) \
            (srm-quiz validate says the same of any bank, from its items' exam-task tags.)
            """,
        version: version,
        subcommands: [HomeCommand.self, PracticeCommand.self, ExamCommand.self, TrainCommand.self, AssessCommand.self, ReviewCommand.self, DrillCommand.self, ReportCommand.self, ValidateCommand.self, MatrixCommand.self, ExportCommand.self, SyncCommand.self],
        defaultSubcommand: HomeCommand.self
    )

    static func main() {
        StandardStreams.prepare()
        setlocale(LC_ALL, "")
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(reporting: error)
        }
    }

    /// Ends with the error's exit code after printing its message (help and the version on standard output,
    /// an error on standard error), like `exit(withError:)` but with checked, neutralised writes: help that
    /// cannot be written exits 74, and a closed or full standard error never crashes.
    private static func exit(reporting error: Error) -> Never {
        let message = fullMessage(for: error)
        var code = exitCode(for: error).rawValue
        if !message.isEmpty {
            if code == ExitCode.success.rawValue {
                do throws(Failure) {
                    try StandardStreams.write(message + "\n")
                } catch {
                    StandardStreams.writeError("srm-quiz: \(error.message)\n")
                    code = error.code.rawValue
                }
            } else {
                StandardStreams.writeError(message + "\n")
            }
        }
        Glibc.exit(code)
    }
}
