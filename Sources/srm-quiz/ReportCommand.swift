import ArgumentParser
import Foundation
import QuizCore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Print the profile's totals: answered, correct, accuracy per topic."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var options: GlobalOptions

    @Option(help: "Output format.")
    var format: Format = .text

    func run() throws {
        try reportingFailures { () throws(Failure) in
            let workspace = try Workspace.open(options)
            let report = ProgressReport(progress: workspace.progress, bank: workspace.bank, file: workspace.store.fileURL.path)
            switch format {
            case .text: print(report.text(), terminator: "")
            case .json: print(report.json())
            }
        }
    }
}
