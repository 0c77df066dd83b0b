import QuizCore

/// The `?` box: every key of the screen underneath, one to a row, or in two columns when the screen is too short
/// for one; the blank lines go first, and only a screen too small for both loses rows (and says how many).
enum HelpView {
    static func draw(_ state: AppState, into screen: inout ScreenBuffer, glyphs: Glyphs) {
        let entries = KeyHelp.entries(for: state, glyphs: glyphs)
        let keyWidth = entries.map { DisplayWidth.of($0.keys) }.max() ?? 0
        let room = max(10, screen.width - keyWidth - 8)
        let rows = entries.map { entry in
            entry.keys + String(repeating: " ", count: keyWidth - DisplayWidth.of(entry.keys)) + "  "
                + TextWrap.truncated(entry.action, width: room, ellipsis: glyphs.ellipsis)
        }
        DialogBox.draw(lines(rows, height: screen.height, width: screen.width, glyphs: glyphs), into: &screen, glyphs: glyphs)
    }

    /// The box's lines for a screen of `height` rows and `width` columns (the box's frame takes two of each).
    static func lines(_ rows: [String], height: Int, width: Int, glyphs: Glyphs) -> [String] {
        let title = "Keys on this screen"
        let footer = "Any key closes this list."
        let spacious = [title, ""] + rows + ["", footer]
        let available = height - 2
        if spacious.count <= available { return spacious }
        if rows.count + 2 <= available { return [title] + rows + [footer] }
        let columnWidth = rows.map { DisplayWidth.of($0) }.max() ?? 0
        let perColumn = (rows.count + 1) / 2
        if perColumn + 2 <= available, 2 * columnWidth + 3 <= width - 6 {
            let paired = (0..<perColumn).map { index -> String in
                let left = rows[index]
                guard index + perColumn < rows.count else { return left }
                return left + String(repeating: " ", count: columnWidth - DisplayWidth.of(left) + 3) + rows[index + perColumn]
            }
            return [title] + paired + [footer]
        }
        let shown = max(0, available - 3)
        let hidden = rows.count - shown
        return [title] + rows.prefix(shown) + ["\(glyphs.ellipsis) \(hidden) more: make the window taller", footer]
    }
}
