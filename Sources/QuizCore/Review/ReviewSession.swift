import Foundation

/// A Review or Cram session: a practice session whose questions come from the schedule instead of a draw.
public struct ReviewSession: Equatable, Sendable {
    public static let reviewMode = "review"

    public var practice: PracticeSession
    /// Cram goes through every answered question, weakest first, and its answers leave the schedule alone.
    public let isCram: Bool

    public init(practice: PracticeSession, isCram: Bool) {
        self.practice = practice
        self.isCram = isCram
    }

    /// The mode its answers are saved with: `review`, or `cram` (which `ReviewSchedule` leaves out).
    public var mode: String {
        Self.mode(isCram: isCram)
    }

    public static func mode(isCram: Bool) -> String {
        isCram ? ReviewSchedule.cramMode : reviewMode
    }
}
