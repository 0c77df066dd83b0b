import Foundation

/// Where a profile's records stand with the LRS, as the home screen shows it: how many wait, when the last was
/// sent, and why the last try stopped, if it did.
public struct SyncState: Equatable, Sendable {
    public var waiting: Int
    public var lastSent: Date?
    /// A few words on why the last sync stopped ("LRS unreachable"); nil when it did not.
    public var problem: String?

    public init(waiting: Int, lastSent: Date?, problem: String?) {
        self.waiting = waiting
        self.lastSent = lastSent
        self.problem = problem
    }

    /// "All records sent 10:42", "14 records waiting: LRS unreachable", "3 records waiting to be sent", with the
    /// time of day in `timeZone`.
    public func line(timeZone: TimeZone = .current) -> String {
        if waiting == 0 {
            guard let lastSent else { return "All records sent" }
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            let parts = calendar.dateComponents([.hour, .minute], from: lastSent)
            return "All records sent \(String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0))"
        }
        let records = waiting == 1 ? "1 record" : "\(waiting) records"
        if let problem { return "\(records) waiting: \(problem)" }
        return "\(records) waiting to be sent"
    }
}
