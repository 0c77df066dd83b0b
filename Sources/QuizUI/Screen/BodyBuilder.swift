/// Lays out a screen's body as lines of a fixed width: wrapped paragraphs with hanging indents.
struct BodyBuilder {
    let width: Int
    private(set) var lines: [StyledLine] = []

    init(width: Int) {
        self.width = width
    }

    mutating func blank() {
        if let last = lines.last, last != .blank { lines.append(.blank) }
    }

    mutating func line(_ spans: [Span], highlighted: Bool = false) {
        lines.append(StyledLine(spans, highlighted: highlighted))
    }

    /// Wraps `text` after `prefix`; continuation lines are indented to where the text began.
    mutating func paragraph(_ text: String, style: Style = .plain, prefix: [Span] = [], indent: Int = 0, highlighted: Bool = false) {
        let prefixWidth = prefix.reduce(0) { $0 + DisplayWidth.of($1.text) }
        let room = max(1, width - indent - prefixWidth)
        let pad = String(repeating: " ", count: indent)
        let hanging = String(repeating: " ", count: indent + prefixWidth)
        for (index, piece) in TextWrap.lines(text, width: room).enumerated() {
            if index == 0 {
                lines.append(StyledLine([Span(pad)] + prefix + [Span(piece, style)], highlighted: highlighted))
            } else {
                lines.append(StyledLine([Span(hanging), Span(piece, style)], highlighted: highlighted))
            }
        }
    }
}
