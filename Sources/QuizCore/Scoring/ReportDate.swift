import Foundation

/// Dates in the reports' JSON and CSV: ISO 8601 in UTC with milliseconds, as the progress file writes them.
public enum ReportDate {
    private static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)

    public static func iso(_ date: Date) -> String {
        date.formatted(style)
    }
}
