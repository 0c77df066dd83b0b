/// A key the learner pressed, as the backend reports it.
public enum Key: Equatable, Sendable {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, tab
    /// The terminal changed size.
    case resize
}
