import Foundation

/// How the text reports write numbers, dates and table cells: percentages rounded to whole numbers, times in UTC,
/// columns padded or cut to a width, and anything read from a file made safe to print on a terminal.
enum ReportText {
    static func percent(_ fraction: Double?) -> String {
        fraction.map { "\(Int(($0 * 100).rounded()))%" } ?? "-"
    }

    /// `2026-11-23`, in UTC.
    static func day(_ date: Date) -> String {
        let parts = utc.dateComponents([.year, .month, .day], from: date)
        return "\(digits(parts.year ?? 0, 4))-\(digits(parts.month ?? 0, 2))-\(digits(parts.day ?? 0, 2))"
    }

    /// `2026-11-23 10:41`, in UTC.
    static func dayAndTime(_ date: Date) -> String {
        let parts = utc.dateComponents([.hour, .minute], from: date)
        return "\(day(date)) \(digits(parts.hour ?? 0, 2)):\(digits(parts.minute ?? 0, 2))"
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

    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    private static func digits(_ number: Int, _ count: Int) -> String {
        let text = String(number)
        return String(repeating: "0", count: max(0, count - text.count)) + text
    }
}
