import ArgumentParser
import Foundation
import QuizCore

struct ExamCommand: FullScreenCommand {
    static let configuration = CommandConfiguration(
        commandName: "exam", abstract: "Sit a timed mock exam: no feedback until you submit, then a score and a review of every question.",
        discussion: """
            Move back and forth, change answers and flag questions for review before submitting; time running out \
            submits. The exam is saved as you go: if it is interrupted, open it again to resume with the time that \
            was left. The scaled score is an estimate: AWS does not publish how it scales scores.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Option(help: "Questions in the exam.")
    var questions = ExamSettings.defaultQuestionCount

    @Option(help: "Minutes allowed.")
    var minutes = ExamSettings.defaultMinutes

    func validate() throws {
        try SessionLimits.questions.check(questions, option: "--questions")
        try SessionLimits.examMinutes.check(minutes, option: "--minutes")
    }

    func opening(_ workspace: Workspace) throws(Failure) -> (AppState, [AppEffect]) {
        var home = try workspace.homeState(options)
        home.examQuestions = questions
        home.examMinutes = minutes
        return AppReducer(bank: workspace.bank).openExam(home, at: Date())
    }
}
