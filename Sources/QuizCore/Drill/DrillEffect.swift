/// What a drill asks the outside world to do.
public enum DrillEffect: Equatable, Sendable {
    /// The drill was marked: its answered cells must be saved (see `DrillResult.answerOutcomes`).
    case drillMarked(DrillResult)
}
