/// Which questions an exam's review list shows.
public enum ReviewFilter: Int, CaseIterable, Equatable, Sendable {
    /// `wrong`: answered, and wrong (left unanswered has its own filter); known only once the exam is marked.
    case all, unanswered, flagged, wrong

    /// The filters while the exam runs: nothing is marked yet, so there is no "wrong".
    public static let duringExam: [ReviewFilter] = [.all, .unanswered, .flagged]
    /// The filters of a finished exam's review.
    public static let afterExam: [ReviewFilter] = [.all, .wrong, .flagged, .unanswered]

    public var title: String {
        switch self {
        case .all: "All"
        case .unanswered: "Unanswered"
        case .flagged: "Flagged"
        case .wrong: "Wrong"
        }
    }

    /// The letter that picks it in the review list (digits there type a question number).
    public var key: Character {
        switch self {
        case .all: "a"
        case .unanswered: "u"
        case .flagged: "f"
        case .wrong: "w"
        }
    }

    /// The filter after this one among `filters`, wrapping round (Tab).
    public func next(in filters: [ReviewFilter]) -> ReviewFilter {
        guard let index = filters.firstIndex(of: self) else { return filters.first ?? self }
        return filters[(index + 1) % filters.count]
    }
}
