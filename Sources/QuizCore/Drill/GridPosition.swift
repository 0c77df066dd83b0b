/// A place in a drill's grid: the row is a service, the column a control.
public struct GridPosition: Hashable, Sendable {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    public static let origin = GridPosition(row: 0, column: 0)
}
