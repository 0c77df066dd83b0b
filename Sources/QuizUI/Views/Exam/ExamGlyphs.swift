/// The exam's own marks, in Unicode or ASCII like the rest of `Glyphs`.
extension Glyphs {
    /// Before "answered" in the review list.
    var answered: String {
        self == .unicode ? "●" : "*"
    }

    /// Before "unanswered" in the review list.
    var unanswered: String {
        self == .unicode ? "○" : "-"
    }

    /// Before "flagged", wherever a question is flagged for review.
    var flag: String {
        self == .unicode ? "⚑" : "F"
    }

    /// A single-choice question's picked choice, and one not picked.
    var radioOn: String {
        self == .unicode ? "(•)" : "(*)"
    }

    var radioOff: String {
        "( )"
    }

    /// Before a warning that time is running out.
    var warning: String {
        "!"
    }
}
