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
            case .text: print(MatrixExport.text(matrix, width: Self.terminalWidth()), terminator: "")
            case .json: print(MatrixExport.json(matrix), terminator: "")
            case .csv: print(MatrixExport.csv(matrix), terminator: "")
            case .markdown: print(MatrixExport.markdown(matrix), terminator: "")
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
