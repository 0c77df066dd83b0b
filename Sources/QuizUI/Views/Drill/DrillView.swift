import QuizCore

/// The matrix drill: the two checklists, then the grid and the panel that explains the cursor's cell.
/// Unlike other screens it takes the body's height too and never returns more lines than fit, because
/// it keeps its own highlight or cursor in view (the grid scrolls in two directions); only the panel's
/// tail may run past the height at the smallest sizes, for the app's body scrolling to reach.
enum DrillView {
    static func lines(_ session: DrillSession, context: ViewContext, width: Int, height: Int) -> [StyledLine] {
        switch session.phase {
        case let .choosing(list, highlighted, notice):
            return DrillChoosingView.lines(
                session, list: list, highlighted: highlighted, notice: notice, glyphs: context.glyphs, width: width, height: height
            )
        case .filling, .confirmingSubmit, .marked:
            guard let grid = session.grid, grid.rowCount > 0, grid.columnCount > 0 else { return [] }
            return DrillGridView.lines(grid, phase: session.phase, glyphs: context.glyphs, width: width, height: height)
        }
    }
}
