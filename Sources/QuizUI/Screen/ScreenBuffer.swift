/// An in-memory screen: rows of styled cells that views draw into and a backend copies to the terminal.
public struct ScreenBuffer: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// How far the body can scroll down (0 when it all fits), and how many body lines one page shows.
    public internal(set) var scrollLimit = 0
    public internal(set) var bodyPage = 1
    /// How far the body is scrolled as drawn (more than asked when the highlight had to be brought into view).
    public internal(set) var scrollOffset = 0

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * width + column]
    }

    /// Writes `text` from (row, column) on one line, cut at the right edge or at `limit` columns,
    /// and returns the number of columns used. Nothing is ever written outside the screen.
    @discardableResult
    public mutating func write(_ text: String, row: Int, column: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        guard (0..<height).contains(row), column >= 0, column < width else { return 0 }
        let end = min(width, column + (limit ?? width))
        var x = column
        for character in text {
            let shown = DisplayWidth.printable(character)
            let columns = DisplayWidth.of(shown)
            if columns == 0 { continue }
            guard x + columns <= end else { break }
            cells[row * width + x] = Cell(text: String(shown), style: style)
            if columns == 2 { cells[row * width + x + 1] = .continuation }
            x += columns
        }
        return x - column
    }

    /// Sets the style of `count` cells from (row, column), keeping their text.
    public mutating func restyle(row: Int, column: Int, count: Int, style: Style) {
        guard (0..<height).contains(row) else { return }
        for x in max(0, column)..<min(width, column + count) {
            cells[row * width + x].style = style
        }
    }

    /// Fills a row from `column` to the edge with blanks of a style.
    public mutating func clear(row: Int, from column: Int = 0, style: Style = .plain) {
        guard (0..<height).contains(row) else { return }
        for x in max(0, column)..<width {
            cells[row * width + x] = Cell(text: " ", style: style)
        }
    }

    /// The text of each row, trailing spaces removed: what tests compare.
    public var lines: [String] {
        (0..<height).map { row in
            var line = ""
            for x in 0..<width where !self[row, x].isContinuation {
                line += self[row, x].text
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }
}
