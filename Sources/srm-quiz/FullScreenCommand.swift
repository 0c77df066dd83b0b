import ArgumentParser
import Foundation
import QuizCore

/// A subcommand that opens the full-screen app on a screen of its choosing.
protocol FullScreenCommand: ParsableCommand {
    var options: GlobalOptions { get }
    func firstState(_ workspace: Workspace) throws(Failure) -> AppState
}

extension FullScreenCommand {
    func run() throws {
        try reportingFailures { () throws(Failure) in
            let workspace = try Workspace.open(options)
            var session = TerminalSession(workspace: workspace, state: try firstState(workspace), useColour: options.wantsColour)
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
