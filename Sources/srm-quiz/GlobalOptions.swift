import ArgumentParser
import QuizCore

/// Options every subcommand that runs sessions takes.
struct GlobalOptions: ParsableArguments {
    @Option(help: "The learner whose progress is used (default: your login name).")
    var profile: String?

    @Option(name: .customLong("data-dir"), help: ArgumentHelp(
        "Where progress files are kept (default: $SRM_QUIZ_HOME, else $XDG_DATA_HOME/srm-quiz, else $HOME/.local/share/srm-quiz).",
        valueName: "dir"))
    var dataDirectory: String?

    @OptionGroup var bankOption: BankOption

    @OptionGroup var policyOption: PolicyOption

    @Option(help: "Draw questions with this seed: the same seed gives the same questions in the same order.")
    var seed: UInt64?

    @Option(help: "Questions per practice session.")
    var count: Int = 10

    @Option(help: ArgumentHelp("Desired retention for spaced review: the chance of still knowing an answer when it comes back.", valueName: "0.7-0.99"))
    var retention: Double = FSRS.defaultDesiredRetention

    @Flag(help: "Plain mode: questions as lines of text and answers typed as numbers, no full-screen display (also when input or output is not a terminal).")
    var plain = false

    @Flag(name: .customLong("no-color"), help: "Do not use colour (also when NO_COLOR is set).")
    var noColor = false

    func validate() throws {
        try SessionLimits.questions.check(count, option: "--count")
        guard (0.7...0.99).contains(retention) else { throw ValidationError("--retention must be from 0.7 to 0.99.") }
    }
}

/// Which question bank to use, and any banks added to it.
struct BankOption: ParsableArguments {
    @Option(help: ArgumentHelp("A question bank directory to use instead of the bundled one.", valueName: "dir"))
    var bank: String?

    @Option(name: .customLong("add-bank"), help: ArgumentHelp(
        "A bank of your own whose topics and questions are added to the bank in use (repeatable); its ids must not collide.",
        valueName: "dir"))
    var addedBanks: [String] = []
}

extension ClosedRange<Int> {
    /// Refuses a numeric option outside the range, naming it (exit 64).
    func check(_ value: Int, option: String) throws {
        guard contains(value) else { throw ValidationError("\(option) must be from \(lowerBound) to \(upperBound), not \(value).") }
    }
}
