/// Builds one line from pieces of text, joining neighbours of the same style into one span, and keeps
/// its display width, so a grid row costs a few spans rather than one per cell.
struct SpanRow {
    private(set) var spans: [Span] = []
    private var pendingText = ""
    private var pendingStyle = Style.plain
    private(set) var width = 0

    mutating func append(_ text: String, _ style: Style = .plain) {
        append(text, style, width: DisplayWidth.of(text))
    }

    /// Appends text whose display width the caller has already measured.
    mutating func append(_ text: String, _ style: Style, width textWidth: Int) {
        guard !text.isEmpty else { return }
        if style != pendingStyle, !pendingText.isEmpty {
            spans.append(Span(pendingText, pendingStyle))
            pendingText = ""
        }
        pendingStyle = style
        pendingText += text
        width += textWidth
    }

    /// Spaces up to `column`, if the line is not that wide yet.
    mutating func pad(to column: Int) {
        if column > width { append(String(repeating: " ", count: column - width)) }
    }

    var line: StyledLine {
        pendingText.isEmpty ? StyledLine(spans) : StyledLine(spans + [Span(pendingText, pendingStyle)])
    }

    /// `text` cut to `width` columns with an ellipsis, then padded with spaces to exactly that width.
    static func fitted(_ text: String, width: Int, ellipsis: String) -> String {
        let cut = TextWrap.truncated(text, width: width, ellipsis: ellipsis)
        let used = DisplayWidth.of(cut)
        return used > width ? String(cut.prefix(max(0, width))) : cut + String(repeating: " ", count: width - used)
    }

    /// Items laid end to end with two spaces between them, starting a new line where the next one would not fit.
    static func flowed(_ items: [[(String, Style)]], width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        var row = SpanRow()
        for item in items {
            let itemWidth = item.reduce(0) { $0 + DisplayWidth.of($1.0) }
            if row.width > 0, row.width + 2 + itemWidth > width {
                lines.append(row.line)
                row = SpanRow()
            }
            if row.width > 0 { row.append("  ") }
            for (text, style) in item { row.append(text, style) }
        }
        if row.width > 0 { lines.append(row.line) }
        return lines
    }
}
