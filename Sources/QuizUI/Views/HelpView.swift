import QuizCore

/// The `?` box: every key of the screen underneath, in two columns.
enum HelpView {
    static func draw(_ state: AppState, into screen: inout ScreenBuffer, glyphs: Glyphs) {
        let entries = KeyHelp.entries(for: state, glyphs: glyphs)
        let keyWidth = entries.map { DisplayWidth.of($0.keys) }.max() ?? 0
        let room = max(10, screen.width - keyWidth - 8)
        let rows = entries.map { entry in
            entry.keys + String(repeating: " ", count: keyWidth - DisplayWidth.of(entry.keys)) + "  "
                + TextWrap.truncated(entry.action, width: room, ellipsis: glyphs.ellipsis)
        }
        DialogBox.draw(["Keys on this screen", ""] + rows + ["", "Any key closes this list."], into: &screen, glyphs: glyphs)
    }
}
