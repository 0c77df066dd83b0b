/// Breaks text into lines of at most a given display width, at spaces where it can and inside a word
/// where a word alone is too long.
public enum TextWrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            var wordWidth = DisplayWidth.of(word)
            if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                line += " " + word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            while wordWidth > width {
                let (head, rest) = split(word, atWidth: width)
                lines.append(String(head))
                word = rest
                wordWidth = DisplayWidth.of(word)
            }
            line = String(word)
            lineWidth = wordWidth
        }
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// `text` cut to `width` columns, ending in an ellipsis when something was cut.
    public static func truncated(_ text: String, width: Int, ellipsis: String = "…") -> String {
        guard DisplayWidth.of(text) > width else { return text }
        let room = max(0, width - DisplayWidth.of(ellipsis))
        return String(split(Substring(text), atWidth: room).head) + ellipsis
    }

    private static func split(_ word: Substring, atWidth width: Int) -> (head: Substring, rest: Substring) {
        var used = 0
        var index = word.startIndex
        while index < word.endIndex {
            let next = DisplayWidth.of(word[index])
            if used + next > width { break }
            used += next
            index = word.index(after: index)
        }
        if index == word.startIndex && index < word.endIndex { index = word.index(after: index) }
        return (word[..<index], word[index...])
    }
}
