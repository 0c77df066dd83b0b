import QuizCore

/// The drill's grid: services down, numbered controls across, each cell's guess (and after marking its
/// verdict), with the cursor kept in view and arrows where rows or columns are cut off; then the legend
/// and the panel about the cursor's cell. On a wide screen a key to the column numbers sits beside it.
enum DrillGridView {
    /// Columns per cell: the letter, its mark, a space.
    static let cellWidth = 3
    /// Rows of grid kept on screen however long the panel is.
    static let minimumRows = 3
    static let maximumRowHeaderWidth = 12
    /// The narrowest entry of the column key worth showing.
    static let minimumKeyEntryWidth = 14

    static func lines(_ grid: DrillGrid, phase: DrillSession.Phase, glyphs: Glyphs, width: Int, height: Int) -> [StyledLine] {
        var result: DrillResult?
        if case .marked(let marked) = phase { result = marked }
        let legend = DrillLegend.lines(grid, result: result, glyphs: glyphs, width: width)
        let panel = DrillPanelView.lines(grid, phase: phase, glyphs: glyphs, width: width)

        let fixed = 2 + legend.count
        let rowRoom = min(max(1, height - fixed), max(minimumRows, height - fixed - panel.count))
        let rowHeaderWidth = min(
            maximumRowHeaderWidth, max(3, width / 4), grid.services.map { DisplayWidth.of($0.shortName) }.max() ?? 0
        )
        let columnRoom = max(1, (width - rowHeaderWidth - 3) / cellWidth)
        let rows = ScrollWindow.range(count: grid.rowCount, visible: rowRoom, cursor: grid.cursor.row)
        let columns = ScrollWindow.range(count: grid.columnCount, visible: columnRoom, cursor: grid.cursor.column)

        var gridLines = [header(grid, columns: columns, rowHeaderWidth: rowHeaderWidth, glyphs: glyphs)]
        let marks = CellMarks(glyphs)
        for row in rows {
            gridLines.append(line(grid, row: row, rows: rows, columns: columns, rowHeaderWidth: rowHeaderWidth, result: result, marks: marks, glyphs: glyphs))
        }
        let gridWidth = rowHeaderWidth + 2 + columns.count * cellWidth + 1
        DrillColumnKey.add(to: &gridLines, grid: grid, columns: columns, from: gridWidth + 2, width: width, glyphs: glyphs)

        var lines = [status(grid, result: result, rows: rows, columns: columns, glyphs: glyphs, width: width)]
        lines += gridLines.map(\.line)
        lines += legend
        if lines.count + 1 + panel.count <= height { lines.append(.blank) }
        return lines + panel
    }

    /// What the learner has done so far, or the score; and which part of the grid is shown when not all of it.
    private static func status(
        _ grid: DrillGrid, result: DrillResult?, rows: Range<Int>, columns: Range<Int>, glyphs: Glyphs, width: Int
    ) -> StyledLine {
        let left: String
        if let result {
            let percent = Int((result.score * 100).rounded())
            left = "Score \(number(result.credit)) of \(result.outcomes.count) (\(percent)%)"
        } else {
            left = "Set \(grid.cellCount - grid.blankCount) of \(grid.cellCount) cells"
        }
        var shown: [String] = []
        if rows.count < grid.rowCount { shown.append("rows \(rows.lowerBound + 1)-\(rows.upperBound) of \(grid.rowCount)") }
        if columns.count < grid.columnCount {
            shown.append("columns \(columns.lowerBound + 1)-\(columns.upperBound) of \(grid.columnCount)")
        }
        let right = shown.joined(separator: " \(glyphs.separator) ")
        let gap = width - DisplayWidth.of(left) - DisplayWidth.of(right)
        guard !right.isEmpty, gap >= 2 else { return StyledLine(left, .heading) }
        return StyledLine([Span(left, .heading), Span(String(repeating: " ", count: gap)), Span(right, .muted)])
    }

    /// The column numbers, the cursor's stressed, between the arrows that say more columns are off screen.
    private static func header(_ grid: DrillGrid, columns: Range<Int>, rowHeaderWidth: Int, glyphs: Glyphs) -> SpanRow {
        var row = SpanRow()
        row.append(String(repeating: " ", count: rowHeaderWidth + 1))
        row.append(columns.lowerBound > 0 ? glyphs.moreLeft : " ", .notice)
        for column in columns {
            let label = String(column + 1)
            row.append(label + String(repeating: " ", count: max(0, cellWidth - DisplayWidth.of(label))), column == grid.cursor.column ? .heading : .muted)
        }
        if columns.upperBound < grid.columnCount { row.append(glyphs.moreRight, .notice) }
        return row
    }

    /// What a cell can show, each measured once per frame rather than once per cell.
    private struct CellMarks {
        let blank: (text: String, width: Int)
        let verdicts: [DrillVerdict: (text: String, width: Int)]
        let condition = (text: "*", width: 1)
        let none = (text: " ", width: 1)

        init(_ glyphs: Glyphs) {
            blank = (glyphs.blank, DisplayWidth.of(glyphs.blank))
            var verdicts: [DrillVerdict: (text: String, width: Int)] = [:]
            for verdict in DrillVerdict.allCases {
                let mark = DrillGridView.verdictMark(verdict, glyphs: glyphs)
                verdicts[verdict] = (mark, DisplayWidth.of(mark))
            }
            self.verdicts = verdicts
        }
    }

    private static func line(
        _ grid: DrillGrid, row: Int, rows: Range<Int>, columns: Range<Int>, rowHeaderWidth: Int, result: DrillResult?,
        marks: CellMarks, glyphs: Glyphs
    ) -> SpanRow {
        var line = SpanRow()
        let name = SpanRow.fitted(grid.services[row].shortName, width: rowHeaderWidth, ellipsis: glyphs.ellipsis)
        line.append(name, row == grid.cursor.row ? .heading : .plain)
        line.append("  ")
        for column in columns {
            let position = GridPosition(row: row, column: column)
            let isCursor = position == grid.cursor
            guard let cell = grid.cell(at: position) else {
                line.append("  ", isCursor ? .selected : .plain, width: 2)
                line.append(" ", .plain, width: 1)
                continue
            }
            let guess = grid.guesses[position]
            let letter = guess.map { (text: self.letter($0), width: 1) } ?? marks.blank
            let mark: (text: String, width: Int)
            let style: Style
            if result != nil {
                let verdict = DrillVerdict(guessed: guess, actual: cell.owner)
                mark = marks.verdicts[verdict] ?? marks.none
                style = verdictStyle(verdict)
            } else {
                mark = cell.condition == nil ? marks.none : marks.condition
                style = guess == nil ? .muted : .plain
            }
            line.append(letter.text, isCursor ? .selected : style, width: letter.width)
            line.append(mark.text, isCursor ? .selected : style, width: mark.width)
            line.append(" ", .plain, width: 1)
        }
        if row == rows.lowerBound, rows.lowerBound > 0 {
            line.append(glyphs.moreUp, .notice)
        } else if row == rows.upperBound - 1, rows.upperBound < grid.rowCount {
            line.append(glyphs.moreDown, .notice)
        }
        return line
    }

    static func letter(_ owner: Owner) -> String {
        switch owner {
        case .aws: "A"
        case .customer: "C"
        case .shared: "S"
        }
    }

    static func verdictMark(_ verdict: DrillVerdict, glyphs: Glyphs) -> String {
        switch verdict {
        case .right: glyphs.correct
        case .partial: glyphs.partial
        case .wrong: glyphs.wrong
        case .blank: " "
        }
    }

    static func verdictStyle(_ verdict: DrillVerdict) -> Style {
        switch verdict {
        case .right: .correct
        case .partial: .notice
        case .wrong: .wrong
        case .blank: .muted
        }
    }

    /// 7, or 7.5 where half credits leave a half.
    static func number(_ value: Double) -> String {
        let halves = Int((value * 2).rounded())
        return halves % 2 == 0 ? String(halves / 2) : "\(halves / 2).5"
    }
}
