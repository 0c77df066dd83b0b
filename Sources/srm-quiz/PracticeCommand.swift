import ArgumentParser
import Foundation
import QuizCore

struct PracticeCommand: FullScreenCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice", abstract: "Start a practice session straight away."
    )

    @OptionGroup var options: GlobalOptions

    func firstState(_ workspace: Workspace) -> AppState {
        AppReducer(bank: workspace.bank).startPractice(workspace.homeState(options), at: Date())
    }
}
