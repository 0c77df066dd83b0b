/// A framed box of lines drawn in the middle of the screen, over whatever is there: questions put to the learner.
enum DialogBox {
    static func draw(_ lines: [String], into screen: inout ScreenBuffer, glyphs: Glyphs) {
        let innerWidth = (lines.map { DisplayWidth.of($0) }.max() ?? 0) + 4
        let boxWidth = min(screen.width, innerWidth + 2)
        let top = max(0, (screen.height - lines.count - 2) / 2)
        let left = max(0, (screen.width - boxWidth) / 2)
        let horizontal = String(repeating: glyphs.rule, count: max(0, boxWidth - 2))
        screen.write(glyphs.corners[0] + horizontal + glyphs.corners[1], row: top, column: left, style: .notice)
        for (offset, line) in lines.enumerated() {
            let padding = String(repeating: " ", count: max(0, boxWidth - 4 - DisplayWidth.of(line)))
            screen.write(glyphs.side + " " + line + padding + " " + glyphs.side, row: top + 1 + offset, column: left, style: .notice)
        }
        screen.write(glyphs.corners[2] + horizontal + glyphs.corners[3], row: top + lines.count + 1, column: left, style: .notice)
    }
}
