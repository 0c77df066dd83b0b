import ArgumentParser
import Glibc
import QuizCore

struct MatrixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matrix", abstract: "Print the responsibility matrix: services x controls -> AWS, Customer or Shared."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv, markdown
    }

    @OptionGroup var bankOption: BankOption

    @OptionGroup var policyOption: PolicyOption

    @Option(help: "Output format: text (a table that fits the terminal), json (one record per cell), csv or markdown.")
    var format: Format = .text

    func run() throws {
        try reportingFailures { () throws(Failure) in
            let bank = try Workspace.loadBank(bankOption)
            _ = try policyOption.load(for: bank)
            let matrix = bank.matrix
            switch format {
            case .text: try StandardStreams.write(MatrixExport.text(matrix, width: Self.terminalWidth()))
            case .json: try StandardStreams.write(MatrixExport.json(matrix), as: .json)
            case .csv: try StandardStreams.write(MatrixExport.csv(matrix))
            case .markdown: try StandardStreams.write(MatrixExport.markdown(matrix))
            }
        }
    }

    /// The width of the terminal on standard output, else `$COLUMNS`, else 80.
    static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = getenv("COLUMNS").flatMap({ Int(String(cString: $0)) }), columns > 0 { return columns }
        return 80
    }
}
