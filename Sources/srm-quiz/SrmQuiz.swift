import ArgumentParser
import Glibc

@main
struct SrmQuiz: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "srm-quiz",
        abstract: "Learn the AWS Shared Responsibility Model: who secures what, AWS or you.",
        discussion: """
            Without a subcommand, opens the home screen. Progress is saved after every answer \
            in one JSON file per profile under the data directory.
            """,
        version: version,
        subcommands: [HomeCommand.self, PracticeCommand.self, ExamCommand.self, TrainCommand.self, AssessCommand.self, ReviewCommand.self, DrillCommand.self, ReportCommand.self, ValidateCommand.self, MatrixCommand.self, ExportCommand.self],
        defaultSubcommand: HomeCommand.self
    )

    static func main() {
        setlocale(LC_ALL, "")
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
