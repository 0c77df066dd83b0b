import ArgumentParser
import Foundation
import Glibc
import QuizCore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print a learner's report, or with --team one row per learner of a directory of progress files.",
        discussion: """
            text (the default) gives totals, accuracy per topic and per service model, the trend over the last \
            sessions, exams, training and cards due; json gives the same as data; csv gives one row per answer. \
            With --team DIR: every *.json progress file in DIR (or, when it has none, in DIR/profiles), one row \
            per learner; a file that cannot be read is named on standard error and skipped.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv
    }

    @OptionGroup var options: GlobalOptions

    @Option(help: "Output format: text, json or csv.")
    var format: Format = .text

    @Option(help: ArgumentHelp("Report on every learner's progress file in this directory (a trainer's collection).", valueName: "dir"))
    var team: String?

    func run() throws {
        try reportingFailures { () throws(Failure) in
            if let team {
                try teamReport(URL(fileURLWithPath: team))
            } else {
                try learnerReport()
            }
        }
    }

    private func learnerReport() throws(Failure) {
        let workspace = try Workspace.open(options)
        switch format {
        case .text, .json:
            let schedule = try reviewSchedule(workspace.progress)
            let report = ProgressReport(
                progress: workspace.progress, bank: workspace.bank, file: workspace.store.fileURL.path, now: Date(), schedule: schedule
            )
            print(format == .json ? report.json() : report.text(unicode: Self.localeIsUTF8()), terminator: "")
        case .csv:
            print(AnswerCSV.csv(workspace.progress, bank: workspace.bank), terminator: "")
        }
    }

    private func teamReport(_ directory: URL) throws(Failure) {
        let bank = try Workspace.loadBank(options.bankOption)
        let contents: TeamDirectory.Contents
        do {
            contents = try TeamDirectory.read(directory)
        } catch {
            throw Failure(error.description, code: .io)
        }
        for skipped in contents.skipped {
            FileHandle.standardError.write(Data("srm-quiz: \(skipped.file): \(skipped.problem) (skipped)\n".utf8))
        }
        guard !contents.learners.isEmpty else {
            throw Failure("\(contents.directory.path): no learner could be read: every file was skipped", code: .data)
        }
        let report = TeamReport(contents, bank: bank)
        switch format {
        case .text: print(report.text(unicode: Self.localeIsUTF8()), terminator: "")
        case .json: print(report.json(), terminator: "")
        case .csv: print(report.csv(), terminator: "")
        }
    }

    /// The review schedule at the desired retention the options give, as the home screen and Review use it.
    private func reviewSchedule(_ progress: ProgressFile) throws(Failure) -> ReviewSchedule {
        do {
            return ReviewSchedule(answers: progress.answers, scheduler: try FSRS(desiredRetention: options.retention))
        } catch {
            throw Failure("--retention \(options.retention): \(error)", code: .usage)
        }
    }

    /// True when the locale's character set is UTF-8 (`main` has called `setlocale`).
    static func localeIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset)
        return name == "UTF-8" || name == "utf8"
    }
}
