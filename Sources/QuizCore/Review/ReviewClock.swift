import Foundation

/// Review times counted in whole milliseconds, the precision progress files keep, so that day counts and due
/// dates come out exact however far from 2001 a `Date`'s floating-point seconds are.
enum ReviewClock {
    static let millisecondsPerDay: Int64 = 86_400_000

    static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSinceReferenceDate * 1000).rounded())
    }

    static func date(milliseconds: Int64) -> Date {
        Date(timeIntervalSinceReferenceDate: Double(milliseconds) / 1000)
    }

    /// Whole days from `start` to `end`, rounded down (negative when `end` is earlier), as Python's `timedelta.days`.
    static func wholeDays(from start: Date, to end: Date) -> Int {
        let (quotient, remainder) = (milliseconds(end) - milliseconds(start)).quotientAndRemainder(dividingBy: millisecondsPerDay)
        return Int(remainder < 0 ? quotient - 1 : quotient)
    }

    /// A span of seconds as whole milliseconds, halves rounded to even as Python's `timedelta` rounds.
    static func milliseconds(seconds: TimeInterval) -> Int64 {
        Int64((seconds * 1000).rounded(.toNearestOrEven))
    }
}
