/// How one cell of a marked drill came out, and the credit it earns:
///
/// - right: the owner named exactly, 1;
/// - partial: Shared answered AWS or Customer, or AWS or Customer answered Shared, 0.5, because the answer
///   names one side of a duty that is shared, or calls shared a duty that one side carries alone;
/// - wrong: AWS for a Customer cell or Customer for an AWS cell, 0;
/// - blank: no answer, 0.
public enum DrillVerdict: Equatable, Sendable, CaseIterable {
    case right, partial, wrong, blank

    public init(guessed: Owner?, actual: Owner) {
        guard let guessed else {
            self = .blank
            return
        }
        if guessed == actual {
            self = .right
        } else if guessed == .shared || actual == .shared {
            self = .partial
        } else {
            self = .wrong
        }
    }

    public var credit: Double {
        switch self {
        case .right: 1
        case .partial: 0.5
        case .wrong, .blank: 0
        }
    }
}
