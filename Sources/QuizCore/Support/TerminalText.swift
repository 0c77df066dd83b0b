/// Text that came from a file, made safe to print: no control character (C0, DEL or C1) reaches a terminal raw,
/// so a name, id or value cannot move the cursor, retitle the window or write to the clipboard (OSC 52).
public enum TerminalText {
    /// `text` with every control character shown visibly as `\u{1B}`, except a line feed, a tab and the
    /// carriage return of a CRLF (a CSV's line ends), which lay text out and cannot start an escape sequence.
    public static func neutralised(_ text: String) -> String {
        guard needsNeutralising(text) else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let endsALine = scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n"
            if isControl(scalar), scalar != "\n", scalar != "\t", !endsALine {
                result.append(contentsOf: visible(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// JSON text with every raw control character other than a line feed or a tab written as a `\u00XX`
    /// escape: JSON text has control characters only inside strings, where the escape reads back as the same
    /// character, so the data is kept whole.
    public static func neutralisedJSON(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) && $0 != "\n" && $0 != "\t" }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar), scalar != "\n", scalar != "\t" {
                result.append(contentsOf: jsonEscape(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// U+0000-U+001F, U+007F and U+0080-U+009F.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    private static func needsNeutralising(_ text: String) -> Bool {
        text.unicodeScalars.contains { isControl($0) && $0 != "\n" && $0 != "\t" }
    }

    private static func visible(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }

    private static func jsonEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
