/// The ranges the command line's session sizes are held to (checked on the way in, so nothing downstream
/// allocates or counts beyond them).
public enum SessionLimits {
    /// Questions in a practice session, an exam or an assessment.
    public static let questions = 1...10_000
    /// Minutes an exam may be given.
    public static let examMinutes = 1...600
}
