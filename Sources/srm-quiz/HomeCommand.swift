import ArgumentParser
import Foundation
import QuizCore

struct HomeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "home", abstract: "Open the home screen (the default)."
    )

    @OptionGroup var options: GlobalOptions

    func run() throws {
        try reportingFailures { () throws(Failure) in
            let workspace = try Workspace.open(options)
            let state = workspace.homeState(options)
            var session = TerminalSession(workspace: workspace, state: state, useColour: options.wantsColour)
            try session.run()
        }
    }
}

extension GlobalOptions {
    /// Colour unless `--no-color` or a `NO_COLOR` variable (any value) says otherwise.
    var wantsColour: Bool {
        !noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }
}
