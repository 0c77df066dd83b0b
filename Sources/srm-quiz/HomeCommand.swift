import ArgumentParser
import Foundation
import QuizCore

struct HomeCommand: FullScreenCommand {
    static let configuration = CommandConfiguration(
        commandName: "home", abstract: "Open the home screen (the default)."
    )

    @OptionGroup var options: GlobalOptions

    @OptionGroup var examDate: ExamDateOption

    func prepare(_ workspace: inout Workspace) throws(Failure) {
        if let day = try examDate.day(at: Date()) { try workspace.keepExamDay(day) }
    }

    func opening(_ workspace: Workspace) throws(Failure) -> (AppState, [AppEffect]) {
        (try workspace.homeState(options, historyLater: !options.wantsPlain), [])
    }
}
