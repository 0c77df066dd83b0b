import Foundation

/// How the countdown counts. Time runs only while the app runs: each tick counts the time since the last one,
/// but never more than `maximumTickGap`, because a longer gap means the app was not running (a suspended
/// laptop, a stopped process): the exam loses at most that much to it. The first tick after starting or
/// resuming only starts the clock.
public enum ExamTimer {
    /// The most one tick counts; the app ticks at least once a second, so only a pause comes near it.
    public static let maximumTickGap: Double = 10
    /// Seconds of counted time between snapshots sent for the countdown alone.
    public static let snapshotInterval: Double = 15

    /// Seconds a tick at `now` counts after one at `last`.
    static func counted(since last: Date?, until now: Date) -> Double {
        guard let last else { return 0 }
        return min(max(now.timeIntervalSince(last), 0), maximumTickGap)
    }

    /// The warnings not shown yet whose threshold the countdown reached going from `before` to `after` seconds left.
    static func warningsReached(from before: Double, to after: Double, shown: Set<TimeWarning>) -> [TimeWarning] {
        TimeWarning.allCases.filter { before > $0.threshold && after <= $0.threshold && !shown.contains($0) }
    }
}
