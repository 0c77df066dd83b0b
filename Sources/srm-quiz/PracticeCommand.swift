import ArgumentParser
import Foundation
import QuizCore

struct PracticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice", abstract: "Start a practice session straight away."
    )

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try reportingFailures { () throws(Failure) in
            let workspace = try Workspace.open(options)
            let state = AppReducer(bank: workspace.bank).startPractice(workspace.homeState(options), at: Date())
            var session = TerminalSession(workspace: workspace, state: state, useColour: options.wantsColour)
            try session.run()
        }
    }
}
