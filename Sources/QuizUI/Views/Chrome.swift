/// The frame around every screen: a title bar, rules, the body area and the key-hint line.
enum Chrome {
    static let title = "SRM Quiz"
    static let subtitle = "AWS Shared Responsibility Model"
    /// Columns kept free on each side of the body.
    static let margin = 1

    /// Rows the body may use: everything between the two rules.
    static func bodyRows(height: Int) -> Range<Int> {
        2..<max(2, height - 2)
    }

    static func bodyWidth(width: Int) -> Int {
        max(1, width - 2 * margin)
    }

    static func draw(into screen: inout ScreenBuffer, profile: String, hints: [KeyHint], glyphs: Glyphs) {
        let width = screen.width
        let right = "profile: \(profile)"
        let rightWidth = DisplayWidth.of(right)
        var x = margin + screen.write(title, row: 0, column: margin, style: .title)
        let subtitleRoom = width - x - rightWidth - 2 * margin
        if subtitleRoom > 3 {
            x += screen.write(" \(glyphs.separator) ", row: 0, column: x, style: .muted)
            screen.write(TextWrap.truncated(subtitle, width: subtitleRoom - 3, ellipsis: glyphs.ellipsis), row: 0, column: x, style: .muted)
        }
        if rightWidth + margin < width - DisplayWidth.of(title) - margin {
            screen.write(right, row: 0, column: width - margin - rightWidth, style: .muted)
        }
        let rule = String(repeating: glyphs.rule, count: width)
        screen.write(rule, row: 1, column: 0, style: .muted)
        screen.write(rule, row: screen.height - 2, column: 0, style: .muted)
        drawHints(hints, into: &screen, row: screen.height - 1)
    }

    private static func drawHints(_ hints: [KeyHint], into screen: inout ScreenBuffer, row: Int) {
        var x = margin
        for hint in hints {
            let needed = DisplayWidth.of(hint.keys) + 1 + DisplayWidth.of(hint.action)
            guard x + needed <= screen.width - margin else { break }
            x += screen.write(hint.keys, row: row, column: x, style: .key)
            x += screen.write(" " + hint.action, row: row, column: x, style: .muted)
            x += 2
        }
    }

    /// Places body lines in the body area, `scroll` lines down, the first `pinned` lines always in view (a
    /// countdown, say); when they do not all fit, the last row says how many lines lie above and below and
    /// which keys scroll.
    /// With `followingHighlight`, the body is scrolled no less than needed to show the highlighted lines; with
    /// `readsOnWithEnter`, the marker says Enter scrolls too.
    static func drawBody(
        _ lines: [StyledLine], pinned: Int = 0, scroll: Int = 0, followingHighlight: Bool = false, readsOnWithEnter: Bool = false,
        into screen: inout ScreenBuffer, glyphs: Glyphs
    ) {
        let rows = bodyRows(height: screen.height)
        var shown = lines
        screen.bodyPage = max(1, rows.count)
        screen.scrollOffset = 0
        let kept = min(pinned, lines.count, max(0, rows.count - 2))
        if lines.count > rows.count, rows.count > 0 {
            let moving = Array(lines[kept...])
            let page = max(1, rows.count - 1 - kept)
            let limit = max(0, moving.count - page)
            var offset = min(max(0, scroll), limit)
            if followingHighlight, let first = moving.firstIndex(where: \.isHighlighted), let last = moving.lastIndex(where: \.isHighlighted) {
                if last >= offset + page { offset = min(limit, last - page + 1) }
                if first < offset { offset = first }
            }
            screen.scrollOffset = offset
            shown = Array(lines[..<kept]) + Array(moving[offset..<min(moving.count, offset + page)])
                + [moreMarker(above: offset, below: limit - offset, enterScrolls: readsOnWithEnter, glyphs: glyphs)]
            screen.scrollLimit = limit
            screen.bodyPage = page
        }
        for (offset, line) in shown.enumerated() {
            var x = margin
            for span in line.spans {
                x += screen.write(span.text, row: rows.lowerBound + offset, column: x, style: span.style, limit: screen.width - margin - x)
            }
        }
    }

    /// "▼ 3 more lines below (PgDn) · 2 above (PgUp)"; "(Enter or PgDn)" where Enter reads on.
    private static func moreMarker(above: Int, below: Int, enterScrolls: Bool, glyphs: Glyphs) -> StyledLine {
        func lines(_ count: Int) -> String { "\(count) more line\(count == 1 ? "" : "s")" }
        let down = enterScrolls ? "Enter or PgDn" : "PgDn"
        let text = switch (above, below) {
        case (0, _): "\(glyphs.moreDown) \(lines(below)) below (\(down))"
        case (_, 0): "\(glyphs.moreUp) \(lines(above)) above (PgUp)"
        default: "\(glyphs.moreDown) \(lines(below)) below (\(down)) \(glyphs.separator) \(above) above (PgUp)"
        }
        return StyledLine(text, .notice)
    }
}
