import ArgumentParser
import Foundation
import QuizCore

struct TrainCommand: FullScreenCommand {
    static let configuration = CommandConfiguration(
        commandName: "train", abstract: "Take the awareness training: short modules in order, each passed at a pass mark.",
        discussion: """
            Each module is a few pages to read, then questions explained after each answer. Passing a module unlocks \
            the next; press t on a module's first page to test out of it. Passing the last one saves a completion \
            record (who, when, the score per module and a fingerprint of the question bank) in the progress file.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Option(name: .customLong("pass-mark"), help: ArgumentHelp("The share of right answers that passes a module (default: the bank's, 80%, or the policy's minimum if higher); never below the policy's minimum.", valueName: "percent"))
    var passMark: String?

    func validate() throws {
        if let passMark, PassMark(parsing: passMark) == nil {
            throw ValidationError("--pass-mark must be a whole percent from 1 to 100, such as 80 or 80%.")
        }
    }

    func opening(_ workspace: Workspace) throws(Failure) -> (AppState, [AppEffect]) {
        var home = try workspace.homeState(options)
        let asked = passMark.flatMap(PassMark.init(parsing:))
        if let asked, let policy = workspace.policy, asked.percent < policy.minimumPassMark.percent {
            throw Failure(
                "--pass-mark \(asked) is below the minimum pass mark of policy \(policy.name), \(policy.minimumPassMark) (\(policy.file)); "
                    + "use \(policy.minimumPassMark) or more, or leave --pass-mark out",
                code: .usage
            )
        }
        home.trainingPassMark = asked
        guard !workspace.bank.trainingModules.isEmpty else {
            throw Failure("the question bank has no training modules (training/modules.json)", code: .data)
        }
        return (AppReducer(bank: workspace.bank).startTraining(home, at: Date()), [])
    }
}
