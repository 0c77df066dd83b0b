import ArgumentParser
import Foundation
import QuizCore

struct PracticeCommand: FullScreenCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice", abstract: "Start a practice session straight away.",
        discussion: "Sessions draw incident scenarios as a whole: the story, then its steps in order."
    )

    @OptionGroup var options: GlobalOptions

    @Option(
        defaultAsFlag: Self.listScenarios, parsing: .next,
        help: ArgumentHelp(
            "Play this incident scenario (its id, such as public-s3-bucket or scenario.public-s3-bucket) and nothing else; without an id, list them.",
            valueName: "id"
        )
    )
    var scenario: String?

    /// What `--scenario` given alone (or `--scenario list`) means: print the scenarios instead of playing one.
    static let listScenarios = "list"

    func run() throws {
        guard scenario == Self.listScenarios else { return try runApp() }
        try reportingFailures { () throws(Failure) in
            try StandardStreams.write(Self.scenarioList(try Workspace.loadBank(options.bankOption)))
        }
    }

    /// One line per scenario: the id to type, the title and how many steps it has.
    static func scenarioList(_ bank: Bank) -> String {
        guard !bank.scenarios.isEmpty else { return "The bank has no incident scenarios.\n" }
        let ids = bank.scenarios.map { $0.id.hasPrefix("scenario.") ? String($0.id.dropFirst("scenario.".count)) : $0.id }
        let width = ids.map(\.count).max() ?? 0
        let lines = zip(ids, bank.scenarios).map { id, scenario in
            "  \(id.padding(toLength: width, withPad: " ", startingAt: 0))  \(scenario.title) (\(scenario.steps.count) steps)"
        }
        return "Incident scenarios (play one with: srm-quiz practice --scenario ID):\n" + lines.joined(separator: "\n") + "\n"
    }

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
