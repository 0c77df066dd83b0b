import QuizCore

/// The names of the numbered columns beside the grid, where the screen is wide enough for them: as many
/// side-by-side lists as the grid's height needs, each name cut to fit, the cursor's column stressed.
enum DrillColumnKey {
    static let maximumEntryWidth = 42

    static func add(
        to lines: inout [SpanRow], grid: DrillGrid, columns: Range<Int>, from start: Int, width: Int, glyphs: Glyphs
    ) {
        guard !lines.isEmpty, !columns.isEmpty else { return }
        let lists = (columns.count + lines.count - 1) / lines.count
        let numberWidth = DisplayWidth.of(String(columns.upperBound)) + 1
        let longest = columns.map { DisplayWidth.of(grid.controls[$0].name) }.max() ?? 0
        let entryWidth = min(numberWidth + longest, maximumEntryWidth, (width - start) / lists - 2)
        guard entryWidth >= DrillGridView.minimumKeyEntryWidth else { return }
        for (offset, column) in columns.enumerated() {
            let list = offset / lines.count
            let lineIndex = offset % lines.count
            let number = String(column + 1)
            let name = SpanRow.fitted(grid.controls[column].name, width: entryWidth - numberWidth, ellipsis: glyphs.ellipsis)
            lines[lineIndex].pad(to: start + list * (entryWidth + 2))
            lines[lineIndex].append(number + String(repeating: " ", count: numberWidth - DisplayWidth.of(number)), .muted)
            lines[lineIndex].append(name, column == grid.cursor.column ? .heading : .plain)
        }
    }
}
