/// A finished exam open from the Progress screen: which one (its index in `AppState.exams`) and which of its
/// questions the review shows.
public struct PastExamReview: Equatable, Sendable {
    public var index: Int
    public var filter: ReviewFilter
    /// True once a filter was chosen: the screen then shows the review from its top, not the exam's result.
    public var showsReview: Bool

    public init(index: Int, filter: ReviewFilter, showsReview: Bool = false) {
        self.index = index
        self.filter = filter
        self.showsReview = showsReview
    }
}
