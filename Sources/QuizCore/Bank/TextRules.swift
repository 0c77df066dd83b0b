/// What bank text may contain: printable text only, so it can never reach a terminal as a control sequence.
public enum TextRules {
    /// Why `text` is not allowed, or nil when it is.
    public static func problem(in text: String) -> String? {
        if isPrintableASCII(text) { return nil }
        for scalar in text.unicodeScalars where isForbidden(scalar) {
            let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
            return "holds the control character \(code); bank text must be printable"
        }
        return nil
    }

    /// The common case, checked byte by byte without Unicode lookups.
    static func isPrintableASCII(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
    }

    /// Control characters and the bidirectional overrides that could reorder what is drawn.
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value >= 0x20 && scalar.value < 0x7F { return false }
        if scalar.properties.generalCategory == .control { return true }
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}

extension String {
    /// The text without leading and trailing white space, in plain Swift (Foundation's trimming bridges through
    /// NSString on Linux and dominated loading a large bank).
    var trimmedOfWhitespace: Substring {
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F { return self[...] }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return self[first...last]
    }

    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
