import CTextWidth

/// How many terminal columns text takes, by `wcwidth`, with anything unprintable neutralised first.
public enum DisplayWidth {
    /// Drawn in place of a control character, so bank text can never reach the terminal as an escape sequence.
    public static let replacement: Character = "\u{FFFD}"

    public static func of(_ character: Character) -> Int {
        var width = 0
        for scalar in character.unicodeScalars {
            width += of(scalar)
        }
        return min(width, 2)
    }

    public static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    private static func of(_ scalar: Unicode.Scalar) -> Int {
        if scalar.value >= 0x20 && scalar.value < 0x7F { return 1 }
        let width = srm_wcwidth(scalar.value)
        if width >= 0 { return Int(width) }
        // wcwidth answers -1 for controls, and for everything beyond ASCII under a non-UTF-8 locale.
        return isUnprintable(scalar) ? 0 : 1
    }

    /// The character as it may be drawn: unprintable ones become `replacement`.
    public static func printable(_ character: Character) -> Character {
        character.unicodeScalars.contains(where: isUnprintable) ? replacement : character
    }

    static func isUnprintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: return true
        default: return (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
        }
    }
}
