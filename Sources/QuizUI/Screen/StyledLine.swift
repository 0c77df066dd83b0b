/// A run of text in one style.
public struct Span: Equatable, Sendable {
    public let text: String
    public let style: Style

    public init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

/// One line of a screen's body, before it is placed.
public struct StyledLine: Equatable, Sendable {
    public var spans: [Span]
    /// Part of what the body scrolls into view when the screen changes: the highlighted item, or an answer's verdict.
    public var isHighlighted: Bool

    public init(_ spans: [Span] = [], highlighted: Bool = false) {
        self.spans = spans
        isHighlighted = highlighted
    }

    public init(_ text: String, _ style: Style = .plain) {
        self.spans = [Span(text, style)]
        isHighlighted = false
    }

    public static let blank = StyledLine()
}
