/// The few IRI rules an export needs: whether a text is an absolute IRI, and how to make any text one segment of one.
enum IRIText {
    /// A scheme (a letter, then letters, digits, `+`, `-` or `.`), a colon, and something after it, with no spaces,
    /// control characters or characters IRIs never hold unescaped.
    static func isAbsolute(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let scheme = text[..<colon]
        guard let first = scheme.unicodeScalars.first, first.isASCIILetter,
              scheme.unicodeScalars.allSatisfy({ $0.isASCIILetter || $0.isASCIIDigit || "+-.".unicodeScalars.contains($0) })
        else { return false }
        let rest = text[text.index(after: colon)...]
        return !rest.isEmpty && rest.unicodeScalars.allSatisfy(isAllowed)
    }

    /// `text` with everything but letters, digits and `-._~` percent-encoded as UTF-8, so it can sit anywhere in an IRI.
    static func segment(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            if scalar.isASCIILetter || scalar.isASCIIDigit || "-._~".unicodeScalars.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.generalCategory == .control || scalar.properties.isWhitespace { return false }
        return !"<>\"{}|\\^`".unicodeScalars.contains(scalar)
    }
}

extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
