import ArgumentParser
import Foundation
import QuizCore

struct DrillCommand: FullScreenCommand {
    static let configuration = CommandConfiguration(
        commandName: "drill", abstract: "Fill in the responsibility matrix yourself (AWS, Customer or Shared per cell), then see it marked.",
        discussion: """
            Pick services and controls (or let it pick, or take the whole matrix), set each cell with a, c or s, and \
            submit. Each cell is marked right, half right (one side of a shared duty) or wrong, and the cell under \
            the cursor is explained.
            """
    )

    @OptionGroup var options: GlobalOptions

    func opening(_ workspace: Workspace) throws(Failure) -> (AppState, [AppEffect]) {
        guard !workspace.bank.matrix.cells.isEmpty else {
            throw Failure("the question bank has no responsibility matrix to drill (matrix/)", code: .data)
        }
        return (AppReducer(bank: workspace.bank).startDrill(try workspace.homeState(options), at: Date()), [])
    }
}
