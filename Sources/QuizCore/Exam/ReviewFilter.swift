/// Which questions the review list shows.
public enum ReviewFilter: Int, CaseIterable, Equatable, Sendable {
    case all, unanswered, flagged

    public var title: String {
        switch self {
        case .all: "All"
        case .unanswered: "Unanswered"
        case .flagged: "Flagged"
        }
    }

    /// The letter that picks it in the review list (digits there type a question number).
    public var key: Character {
        switch self {
        case .all: "a"
        case .unanswered: "u"
        case .flagged: "f"
        }
    }

    /// The filter after this one, wrapping round (Tab).
    public var next: ReviewFilter {
        ReviewFilter(rawValue: (rawValue + 1) % ReviewFilter.allCases.count)!
    }
}
