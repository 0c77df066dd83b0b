import ArgumentParser
import QuizCore

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a question bank (and the policy in force against it): one line per problem, FILE: ID: FIELD: what is wrong.",
        discussion: "Then prints the bank's fairness and sourcing figures. Exits 0 when the bank is clean and 65 when it has any problem; the bundled bank must also keep every fairness and sourcing limit, which a bank of your own is only warned about."
    )

    @OptionGroup var bankOption: BankOption

    @OptionGroup var policyOption: PolicyOption

    func run() throws {
        try reportingFailures { () throws(Failure) in
            let directories = try Workspace.bankDirectories(bankOption)
            let names = directories.map(\.path).joined(separator: " + ")
            let bank: Bank
            do throws(BankError) {
                bank = try BankLoader.load(directories: directories, trainingRequired: bankOption.bank == nil)
            } catch {
                try StandardStreams.write(error.description + "\n")
                throw Failure("\(names) has problems", code: .data)
            }
            let generated = bank.questions.filter { $0.topic == MatrixQuestions.topic }.count
            try StandardStreams.write("\(bank.questions.count) questions (\(bank.questions.count - generated) written, \(generated) from the matrix) in \(bank.topics.count) topics; \(bank.scenarios.count) scenarios; \(bank.trainingModules.count) training modules; matrix of \(bank.matrix.services.count) services x \(bank.matrix.controls.count) controls, \(bank.matrix.cells.count) cells\n")
            let fairness = BankFairness(bank)
            for line in fairness.report { try StandardStreams.write(line + "\n") }
            let sourcing = BankSourcing(bank)
            for line in sourcing.report { try StandardStreams.write(line + "\n") }
            try StandardStreams.write(BankCoverage(bank).sentence + "\n")
            // The bundled bank is held to the limits; a bank of one's own is only warned.
            let bundled = bankOption.bank == nil && bankOption.addedBanks.isEmpty
            let shortfalls = fairness.brokenLimits + sourcing.shortfalls
            for shortfall in shortfalls { try StandardStreams.write("\(bundled ? "problem" : "warning"): \(names): \(shortfall)\n") }
            if bundled, !shortfalls.isEmpty {
                throw Failure("\(names) breaks \(shortfalls.count) of the bundled bank's limits", code: .data)
            }
            try StandardStreams.write("\(names): no problems\n")
            let fingerprint = BankFingerprint.of(bank)
            try StandardStreams.write("fingerprint \(fingerprint)\n")
            if let policy = try policyOption.load(for: bank) {
                let accepted = policy.accepts(bankFingerprint: fingerprint) ? "accepts this bank" : "does not accept this bank"
                try StandardStreams.write("policy \(policy.name) (\(policy.file)): no problems; it \(accepted)\n")
            }
        }
    }
}
