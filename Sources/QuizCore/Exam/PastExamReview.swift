/// A finished exam open from the Progress screen: which one (its index in `AppState.exams`) and which of its
/// questions the review shows.
public struct PastExamReview: Equatable, Sendable {
    public var index: Int
    public var filter: ReviewFilter

    public init(index: Int, filter: ReviewFilter) {
        self.index = index
        self.filter = filter
    }
}
