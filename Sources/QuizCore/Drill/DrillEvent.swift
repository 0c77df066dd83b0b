/// Things that happen during a matrix drill.
public enum DrillEvent: Equatable, Sendable {
    /// The highlight moved up (negative) or down (positive) through the checklist on screen.
    case checklistHighlightMoved(by: Int)
    /// The highlighted entry of the checklist was ticked or unticked.
    case highlightedEntryToggled
    /// Every entry of the checklist was ticked, or unticked if all already were.
    case allEntriesToggled
    /// The learner went on from the checklist: from services to controls, from controls to the grid.
    case checklistConfirmed
    /// The learner went back from the controls to the services.
    case checklistBackRequested
    /// The learner let the drill pick services across the three service models and controls at random.
    case randomPickRequested
    /// The learner chose the whole matrix.
    case wholeMatrixRequested
    /// The cursor moved by rows (down positive) and columns (right positive).
    case cursorMoved(rows: Int, columns: Int)
    /// The learner set the cursor's cell to an owner.
    case ownerSet(Owner)
    /// The learner cleared the cursor's cell.
    case cellCleared
    /// The learner asked to submit the grid.
    case submitRequested
    /// The learner confirmed submitting a grid with blank cells.
    case submitConfirmed
    /// The learner chose to go on filling instead.
    case submitCancelled
    /// The learner asked for another drill after reading the marks.
    case newDrillRequested
}
