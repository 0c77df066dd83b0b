/// The symbols the screens use, in Unicode or, where the locale is not UTF-8, in ASCII.
public struct Glyphs: Equatable, Sendable {
    public let correct: String
    public let wrong: String
    public let pointer: String
    public let rule: String
    /// Box drawing: vertical side, then corners top-left, top-right, bottom-left, bottom-right.
    public let side: String
    public let corners: [String]
    public let checked: String
    public let unchecked: String
    public let separator: String
    public let ellipsis: String
    public let barFull: String
    public let barEmpty: String
    /// A half-credit mark, and an empty place in a grid.
    public let partial: String
    public let blank: String
    /// Shown where a grid has more columns to the left or right, or more rows above or below.
    public let moreLeft: String
    public let moreRight: String
    public let moreUp: String
    public let moreDown: String

    public static let unicode = Glyphs(
        correct: "✔", wrong: "✘", pointer: "›", rule: "─", side: "│", corners: ["┌", "┐", "└", "┘"], checked: "[x]", unchecked: "[ ]", separator: "·",
        ellipsis: "…", barFull: "█", barEmpty: "░",
        partial: "½", blank: "·", moreLeft: "◀", moreRight: "▶", moreUp: "▲", moreDown: "▼"
    )
    public static let ascii = Glyphs(
        correct: "+", wrong: "x", pointer: ">", rule: "-", side: "|", corners: ["+", "+", "+", "+"], checked: "[x]", unchecked: "[ ]", separator: "|",
        ellipsis: "...", barFull: "#", barEmpty: ".",
        partial: "~", blank: ".", moreLeft: "<", moreRight: ">", moreUp: "^", moreDown: "v"
    )
}

extension Glyphs {
    /// The same glyphs with a space for the pointer: plain mode marks no focus (a screen reader would read it out).
    public var withoutPointer: Glyphs {
        Glyphs(
            correct: correct, wrong: wrong, pointer: " ", rule: rule, side: side, corners: corners, checked: checked, unchecked: unchecked,
            separator: separator, ellipsis: ellipsis, barFull: barFull, barEmpty: barEmpty, partial: partial, blank: blank,
            moreLeft: moreLeft, moreRight: moreRight, moreUp: moreUp, moreDown: moreDown
        )
    }
}
