import ArgumentParser
import Foundation
import QuizCore

struct AssessCommand: FullScreenCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess", abstract: "Take a self-assessment: every topic and the whole matrix sampled evenly, with your confidence.",
        discussion: "No answer is marked until the end, which shows the score, how often you were right when sure, unsure and guessing, accuracy per topic, every wrong answer explained (those you were sure of first), and your whole history across the matrix. The Progress screen opens past assessments again."
    )

    @OptionGroup var options: GlobalOptions

    @Option(help: "Questions in the assessment.")
    var questions = AssessBuilder.defaultCount

    func validate() throws {
        guard questions >= 1 else { throw ValidationError("--questions must be at least 1.") }
    }

    func opening(_ workspace: Workspace) throws(Failure) -> (AppState, [AppEffect]) {
        var home = try workspace.homeState(options)
        home.assessLength = questions
        return (AppReducer(bank: workspace.bank).startAssessment(home, at: Date()), [])
    }
}
