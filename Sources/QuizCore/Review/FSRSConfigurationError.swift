import Foundation

/// Why a scheduler's settings cannot be used.
public enum FSRSConfigurationError: Error, Equatable, Sendable, CustomStringConvertible {
    case wrongParameterCount(expected: Int, got: Int)
    case parameterOutOfBounds(index: Int, value: Double, lower: Double, upper: Double)
    /// Desired retention must lie strictly between 0 and 1.
    case desiredRetentionOutOfRange(Double)
    /// Learning and relearning steps must be positive numbers of seconds.
    case stepNotPositive(TimeInterval)
    /// The maximum interval must be at least one day.
    case maximumIntervalBelowOneDay(Int)

    public var description: String {
        switch self {
        case let .wrongParameterCount(expected, got):
            "FSRS takes \(expected) parameters, got \(got)"
        case let .parameterOutOfBounds(index, value, lower, upper):
            "FSRS parameter w[\(index)] = \(value) is outside \(lower)...\(upper)"
        case let .desiredRetentionOutOfRange(value):
            "desired retention must be between 0 and 1 (exclusive), got \(value)"
        case let .stepNotPositive(value):
            "learning and relearning steps must be positive, got \(value) seconds"
        case let .maximumIntervalBelowOneDay(value):
            "the maximum interval must be at least 1 day, got \(value)"
        }
    }
}
