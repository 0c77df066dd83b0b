/// Rows written as CSV by RFC 4180: fields separated by commas, lines ended by CRLF, and a field that holds a
/// comma, a quote or a line break put in quotes with its quotes doubled. A field a spreadsheet would run as a
/// formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return, and is not a number) gets a leading `'`,
/// so a crafted profile name or bank text cannot become a formula in the trainer's spreadsheet.
public enum CSVTable {
    public static func text(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map(line).joined()
    }

    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    public static func field(_ text: String) -> String {
        let safe = startsAFormula(text) ? "'" + text : text
        guard safe.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return safe }
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func startsAFormula(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return false }
        return text != "-" && Double(text) == nil
    }
}
