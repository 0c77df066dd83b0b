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
                print(error.description)
                throw Failure("\(names) has problems", code: .data)
            }
            let generated = bank.questions.filter { $0.topic == MatrixQuestions.topic }.count
            print("\(bank.questions.count) questions (\(bank.questions.count - generated) written, \(generated) from the matrix) in \(bank.topics.count) topics; \(bank.scenarios.count) scenarios; \(bank.trainingModules.count) training modules; matrix of \(bank.matrix.services.count) services x \(bank.matrix.controls.count) controls, \(bank.matrix.cells.count) cells")
            let fairness = BankFairness(bank)
            fairness.report.forEach { print($0) }
            let sourcing = BankSourcing(bank)
            sourcing.report.forEach { print($0) }
            // The bundled bank is held to the limits; a bank of one's own is only warned.
            let bundled = bankOption.bank == nil && bankOption.addedBanks.isEmpty
            let shortfalls = fairness.brokenLimits + sourcing.shortfalls
            for shortfall in shortfalls { print("\(bundled ? "problem" : "warning"): \(names): \(shortfall)") }
            if bundled, !shortfalls.isEmpty {
                throw Failure("\(names) breaks \(shortfalls.count) of the bundled bank's limits", code: .data)
            }
            print("\(names): no problems")
            let fingerprint = BankFingerprint.of(bank)
            print("fingerprint \(fingerprint)")
            if let policy = try policyOption.load(for: bank) {
                let accepted = policy.accepts(bankFingerprint: fingerprint) ? "accepts this bank" : "does not accept this bank"
                print("policy \(policy.name) (\(policy.file)): no problems; it \(accepted)")
            }
        }
    }
}
