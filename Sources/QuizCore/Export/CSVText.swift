/// RFC 4180 CSV: fields separated by commas, rows ended by CRLF, a field quoted (its quotes doubled) when it holds
/// a comma, a quote or a line break.
enum CSVText {
    static func rows(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
