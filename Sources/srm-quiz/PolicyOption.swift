import ArgumentParser
import Foundation
import QuizCore

/// The organisation's policy file, which every command takes: `--policy FILE`, else `$SRM_QUIZ_POLICY`, else
/// `/etc/srm-quiz/policy.json` when it exists.
struct PolicyOption: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The organisation's training policy (default: $SRM_QUIZ_POLICY, else /etc/srm-quiz/policy.json if it exists).",
        valueName: "file"))
    var policy: String?

    var location: PolicyLocation {
        PolicyLocation.find(option: policy, environment: ProcessInfo.processInfo.environment)
    }

    /// The policy in force, checked against `bank`; a broken one stops the command (65, or 74 when unreadable)
    /// before anything is read or written for the learner.
    func load(for bank: Bank) throws(Failure) -> Policy? {
        do {
            return try PolicyLoader.load(location, trainingModules: bank.trainingModules)
        } catch {
            let lines = error.description.replacingOccurrences(of: "\n", with: "\nsrm-quiz: ")
            throw Failure(lines, code: error.isBadData ? .data : .io)
        }
    }
}
