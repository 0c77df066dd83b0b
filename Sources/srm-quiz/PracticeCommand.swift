import ArgumentParser
import Foundation
import QuizCore

struct PracticeCommand: FullScreenCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice", abstract: "Start a practice session straight away.",
        discussion: "Sessions draw incident scenarios as a whole: the story, then its steps in order."
    )

    @OptionGroup var options: GlobalOptions

    @Option(help: ArgumentHelp("Play this incident scenario (its id, such as public-s3-bucket or scenario.public-s3-bucket) and nothing else.", valueName: "id"))
    var scenario: String?

    func opening(_ workspace: Workspace) throws(Failure) -> (AppState, [AppEffect]) {
        (try state(workspace), [])
    }

    private func state(_ workspace: Workspace) throws(Failure) -> AppState {
        let reducer = AppReducer(bank: workspace.bank)
        let home = try workspace.homeState(options)
        guard let scenario else { return reducer.startPractice(home, at: Date()) }
        guard let found = workspace.bank.scenarios.first(where: { $0.id == scenario || $0.id == "scenario." + scenario }) else {
            let known = workspace.bank.scenarios.map(\.id).joined(separator: ", ")
            throw Failure("there is no scenario \"\(scenario)\" in the bank; the scenarios are: \(known)", code: .usage)
        }
        return reducer.startScenario(found, home, at: Date())
    }
}
