import ArgumentParser
import Foundation
import QuizCore

/// A subcommand that opens the full-screen app on a screen of its choosing.
protocol FullScreenCommand: ParsableCommand {
    var options: GlobalOptions { get }
    /// The first screen, and what must be saved before it is shown (a new exam, say).
    func opening(_ workspace: Workspace) throws(Failure) -> (AppState, [AppEffect])
    /// What the command keeps in the profile before the first screen (the exam date), with the profile locked.
    func prepare(_ workspace: inout Workspace) throws(Failure)
}

extension FullScreenCommand {
    func prepare(_ workspace: inout Workspace) throws(Failure) {}

    func run() throws {
        try runApp()
    }

    /// Opens the bank and the profile, then runs the full-screen app (or plain mode) from `opening`.
    func runApp() throws {
        try reportingFailures { () throws(Failure) in
            var workspace = try Workspace.open(options, exclusive: true, compactingLater: true)
            try prepare(&workspace)
            let (state, effects) = try opening(workspace)
            if options.wantsPlain {
                try workspace.compactJournal()
                var session = PlainSession(workspace: workspace, state: state)
                try session.run(after: effects)
            } else {
                var session = TerminalSession(workspace: workspace, state: state, useColour: options.wantsColour)
                defer { session.finishSync() }
                try session.run(after: effects)
                try session.workspace.compactJournal()
            }
        }
    }
}

extension GlobalOptions {
    /// Plain mode when asked for, when input or output is not a terminal, or when the terminal type cannot place
    /// text on the screen (`TERM` unset, `dumb` or `unknown`).
    var wantsPlain: Bool {
        plain || isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0 || !Self.terminalCanAddressTheScreen
    }

    static var terminalCanAddressTheScreen: Bool {
        let type = ProcessInfo.processInfo.environment["TERM"] ?? ""
        return !["", "dumb", "unknown"].contains(type)
    }

    /// Colour unless `--no-color` or a `NO_COLOR` variable (any value) says otherwise.
    var wantsColour: Bool {
        !noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }
}
