import ArgumentParser
import QuizCore

struct HomeCommand: FullScreenCommand {
    static let configuration = CommandConfiguration(
        commandName: "home", abstract: "Open the home screen (the default)."
    )

    @OptionGroup var options: GlobalOptions

    func opening(_ workspace: Workspace) throws(Failure) -> (AppState, [AppEffect]) {
        (try workspace.homeState(options), [])
    }
}
