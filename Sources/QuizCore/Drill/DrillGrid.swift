/// The services and controls a drill asks about, the learner's guess for each cell, and the cursor.
/// Rows and columns keep the matrix's order; a pair the matrix has no cell for is part of no drill.
public struct DrillGrid: Equatable, Sendable {
    public let services: [Service]
    public let controls: [Control]
    /// Row by row, one entry per service and control: the matrix's cell, or nil where it has none.
    public let cells: [MatrixCell?]
    public var guesses: [GridPosition: Owner]
    public var cursor: GridPosition

    /// The grid of the chosen services and controls, in matrix order, with no guesses and the cursor top left.
    public init(matrix: ResponsibilityMatrix, services serviceIDs: Set<String>, controls controlIDs: Set<String>) {
        services = matrix.services.filter { serviceIDs.contains($0.id) }
        controls = matrix.controls.filter { controlIDs.contains($0.id) }
        var cells: [MatrixCell?] = []
        cells.reserveCapacity(services.count * controls.count)
        for service in services {
            for control in controls {
                cells.append(matrix.cell(service: service.id, control: control.id))
            }
        }
        self.cells = cells
        guesses = [:]
        cursor = .origin
    }

    public var rowCount: Int { services.count }
    public var columnCount: Int { controls.count }

    /// The matrix cell at a position, or nil where the matrix has none (such a place cannot be filled).
    public func cell(at position: GridPosition) -> MatrixCell? {
        guard (0..<rowCount).contains(position.row), (0..<columnCount).contains(position.column) else { return nil }
        return cells[position.row * columnCount + position.column]
    }

    /// How many cells the drill asks about.
    public var cellCount: Int {
        cells.reduce(0) { $0 + ($1 == nil ? 0 : 1) }
    }

    /// How many of those cells have no guess yet.
    public var blankCount: Int {
        cellCount - guesses.count
    }

    /// Every position that holds a cell, row by row.
    public var cellPositions: [GridPosition] {
        cells.indices.compactMap { index in
            cells[index] == nil ? nil : GridPosition(row: index / columnCount, column: index % columnCount)
        }
    }

    /// The next position after `position` that holds a cell, row by row; `position` itself when it is the last.
    public func nextCell(after position: GridPosition) -> GridPosition {
        let start = position.row * columnCount + position.column + 1
        guard start < cells.count, let index = cells[start...].firstIndex(where: { $0 != nil }) else { return position }
        return GridPosition(row: index / columnCount, column: index % columnCount)
    }

    /// The position moved by whole rows and columns, stopped at the grid's edges.
    public func clamped(_ position: GridPosition) -> GridPosition {
        GridPosition(
            row: min(max(position.row, 0), max(rowCount - 1, 0)),
            column: min(max(position.column, 0), max(columnCount - 1, 0))
        )
    }
}
