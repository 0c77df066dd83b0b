/// One column of the screen: a grapheme and its style. A wide grapheme fills its cell and the next,
/// which holds `continuation`.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var style: Style

    public init(text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell(text: " ")
    public static let continuation = Cell(text: "")

    public var isContinuation: Bool { text.isEmpty }
}
