/// What a cell means on screen; the terminal backend decides how each looks (colour, bold, reverse).
public enum Style: Hashable, Sendable, CaseIterable {
    case plain
    case title
    case heading
    /// The highlighted choice or menu entry.
    case selected
    case correct
    case wrong
    /// Between right and wrong: a matrix cell or total from 50% to 79% right.
    case middling
    case muted
    /// Key names in the hint line.
    case key
    /// Something that needs the learner's attention, such as a warning or a confirmation.
    case notice
}
