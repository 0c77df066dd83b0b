import ArgumentParser
import Foundation
import QuizCore

struct ReviewCommand: FullScreenCommand {
    static let configuration = CommandConfiguration(
        commandName: "review", abstract: "Review the questions due again, the longest overdue first (spaced repetition, FSRS-6).",
        discussion: """
            Every answer, in any mode, schedules its question: a wrong answer comes back soon, a right one later \
            each time. --count caps a session; --retention sets how likely you should still be to know an answer \
            when it comes back (0.9 by default: higher means more reviews).
            """
    )

    @OptionGroup var options: GlobalOptions

    @Flag(help: "Go through every answered question, weakest first, without changing the schedule.")
    var cram = false

    func opening(_ workspace: Workspace) throws(Failure) -> (AppState, [AppEffect]) {
        let home = try workspace.homeState(options)
        return (AppReducer(bank: workspace.bank).startReview(home, cram: cram, at: Date()), [])
    }
}
