/// A warning that little time is left, raised once when the countdown reaches its threshold.
public enum TimeWarning: Int, Codable, CaseIterable, Sendable {
    case fifteenMinutes = 15
    case fiveMinutes = 5

    public var minutesLeft: Int {
        rawValue
    }

    /// Seconds left at which the warning is raised.
    public var threshold: Double {
        Double(rawValue * 60)
    }
}
