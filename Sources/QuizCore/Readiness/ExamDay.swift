import Foundation

/// The day the learner sits the real exam, `YYYY-MM-DD` in UTC like every date srm-quiz shows (`--exam-date`, kept
/// in the profile). The plan takes the exam to be at noon that day.
public struct ExamDay: Equatable, Sendable, Comparable, CustomStringConvertible {
    /// The latest exam day a plan is made for, in days after today: about two years.
    public static let furthestDays = 730
    static let secondsPerDay = 86_400.0

    /// Days since 1970-01-01.
    public let dayNumber: Int

    /// The day `text` names when it is exactly `YYYY-MM-DD` and a real date; nil otherwise.
    public init?(_ text: String) {
        guard text.utf8.count == 10, let date = ISODate.date(text + "T00:00:00.000Z") else { return nil }
        let number = Int((date.timeIntervalSince1970 / Self.secondsPerDay).rounded(.down))
        guard ISODate.text(date).hasPrefix(text) else { return nil }
        dayNumber = number
    }

    /// The UTC day `date` falls on.
    public init(containing date: Date) {
        dayNumber = Int((date.timeIntervalSince1970 / Self.secondsPerDay).rounded(.down))
    }

    init(dayNumber: Int) {
        self.dayNumber = dayNumber
    }

    /// `2026-12-20`.
    public var description: String {
        String(ISODate.text(start).prefix(10))
    }

    /// Midnight UTC at its start.
    public var start: Date {
        Date(timeIntervalSince1970: Double(dayNumber) * Self.secondsPerDay)
    }

    /// Noon UTC: the moment a plan takes the exam to be.
    public var examMoment: Date {
        start.addingTimeInterval(Self.secondsPerDay / 2)
    }

    /// Whole days from the day of `now` to this one (0 today, negative when past).
    public func days(after now: Date) -> Int {
        dayNumber - ExamDay(containing: now).dayNumber
    }

    /// Why this day cannot be planned for at `now` (today or past, or further than `furthestDays`), or nil.
    public func problem(at now: Date) -> String? {
        let days = days(after: now)
        let first = ExamDay(dayNumber: ExamDay(containing: now).dayNumber + 1)
        let last = ExamDay(dayNumber: ExamDay(containing: now).dayNumber + Self.furthestDays)
        if days < 1 { return "\(self) is \(days == 0 ? "today" : "past"): give a day from \(first) to \(last)" }
        if days > Self.furthestDays { return "\(self) is more than two years away: give a day from \(first) to \(last)" }
        return nil
    }

    public static func < (lhs: ExamDay, rhs: ExamDay) -> Bool {
        lhs.dayNumber < rhs.dayNumber
    }
}
