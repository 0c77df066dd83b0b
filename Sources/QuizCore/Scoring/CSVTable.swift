/// Rows written as CSV by RFC 4180: fields separated by commas, lines ended by CRLF, and a field that holds a
/// comma, a quote or a line break put in quotes with its quotes doubled.
public enum CSVTable {
    public static func text(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map(line).joined()
    }

    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    public static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
