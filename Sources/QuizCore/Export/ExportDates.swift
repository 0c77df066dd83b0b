import Foundation

/// Dates as every export writes them: ISO 8601 in UTC with milliseconds, like the progress file.
enum ExportDates {
    private static let wholeSeconds = Date.ISO8601FormatStyle(timeZone: .gmt)

    /// Rounded to the nearest millisecond: a time read as `16.545` is written `16.545`, never `16.544`.
    static func iso(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let seconds = milliseconds.quotientAndRemainder(dividingBy: 1000)
        let (whole, fraction) = seconds.remainder < 0 ? (seconds.quotient - 1, seconds.remainder + 1000) : seconds
        let text = Date(timeIntervalSince1970: Double(whole)).formatted(wholeSeconds)
        let digits = String(fraction)
        return text.dropLast() + "." + String(repeating: "0", count: 3 - digits.count) + digits + "Z"
    }
}
