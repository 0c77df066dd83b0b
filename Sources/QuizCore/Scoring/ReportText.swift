import Foundation

/// How the text reports write numbers, dates and table cells: percentages rounded to whole numbers, times in UTC,
/// columns padded or cut to a width, and anything read from a file made safe to print on a terminal.
enum ReportText {
    static func percent(_ fraction: Double?) -> String {
        fraction.map { "\(Int(($0 * 100).rounded()))%" } ?? "-"
    }

    /// `2026-11-23`, in UTC: the start of `ISODate.text`, so a day never differs from the full date's.
    static func day(_ date: Date) -> String {
        String(ISODate.text(date).prefix(10))
    }

    /// `2026-11-23 10:41`, in UTC, cut from `ISODate.text` like `day`.
    static func dayAndTime(_ date: Date) -> String {
        let text = ISODate.text(date)
        return String(text.prefix(10)) + " " + String(text.dropFirst(11).prefix(5))
    }

    static func left(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    static func right(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    /// `text` cut to `width` characters, its last one an ellipsis when something was cut.
    static func cut(_ text: String, _ width: Int, unicode: Bool) -> String {
        guard text.count > width else { return text }
        let ellipsis = unicode ? "…" : "..."
        return String(text.prefix(max(0, width - ellipsis.count))) + ellipsis
    }

    /// Control characters (an escape sequence hidden in a collected file, say) shown as `?`.
    static func printable(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : Character($0) })
    }

    /// Lines without the spaces padding left at their ends.
    static func trimmed(_ line: String) -> String {
        String(line.reversed().drop { $0 == " " }.reversed())
    }
}
