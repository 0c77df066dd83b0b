import Foundation

/// The FSRS-6 spaced-repetition scheduler: a port of py-fsrs 6.x's `Scheduler` with fuzzing off. Given a card
/// and how well it was recalled, it says how the memory changed and when the card is due next.
public struct FSRS: Codable, Equatable, Sendable {
    /// FSRS-6's published default weights, as py-fsrs ships them; w[20] is the forgetting curve's decay.
    public static let defaultParameters: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614,
        0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]
    public static let defaultDesiredRetention = 0.9
    public static let defaultLearningSteps: [TimeInterval] = [60, 600]
    public static let defaultRelearningSteps: [TimeInterval] = [600]
    public static let defaultMaximumInterval = 36500

    /// The scheduler with every py-fsrs default.
    public static let standard = FSRS(
        unchecked: defaultParameters, desiredRetention: defaultDesiredRetention, learningSteps: defaultLearningSteps,
        relearningSteps: defaultRelearningSteps, maximumInterval: defaultMaximumInterval
    )

    static let lowerBounds: [Double] = [
        0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001, 0.001, 0.001, 0.001, 0.0, 0.0, 1.0,
        0.0, 0.0, 0.0, 0.1,
    ]
    static let upperBounds: [Double] = [
        100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5, 5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0,
        0.8, 0.8,
    ]

    /// The model weights w[0] to w[20].
    public let parameters: [Double]
    /// The probability of recall the schedule aims for on the day a card comes due.
    public let desiredRetention: Double
    /// Waits in seconds between the first reviews of a new card, before it is due days apart.
    public let learningSteps: [TimeInterval]
    /// Waits in seconds after a graduated card is forgotten, before it is due days apart again.
    public let relearningSteps: [TimeInterval]
    /// The longest wait, in days, before a card is due.
    public let maximumInterval: Int

    /// A scheduler with the given settings, checked as py-fsrs checks the parameters, plus a retention strictly
    /// between 0 and 1, positive steps and a maximum interval of at least a day.
    public init(
        parameters: [Double] = defaultParameters, desiredRetention: Double = defaultDesiredRetention,
        learningSteps: [TimeInterval] = defaultLearningSteps, relearningSteps: [TimeInterval] = defaultRelearningSteps,
        maximumInterval: Int = defaultMaximumInterval
    ) throws(FSRSConfigurationError) {
        guard parameters.count == Self.lowerBounds.count else {
            throw .wrongParameterCount(expected: Self.lowerBounds.count, got: parameters.count)
        }
        for (index, value) in parameters.enumerated() where !(Self.lowerBounds[index]...Self.upperBounds[index]).contains(value) {
            throw .parameterOutOfBounds(index: index, value: value, lower: Self.lowerBounds[index], upper: Self.upperBounds[index])
        }
        guard desiredRetention > 0, desiredRetention < 1 else { throw .desiredRetentionOutOfRange(desiredRetention) }
        if let step = (learningSteps + relearningSteps).first(where: { !($0 > 0 && $0.isFinite) }) {
            throw .stepNotPositive(step)
        }
        guard maximumInterval >= 1 else { throw .maximumIntervalBelowOneDay(maximumInterval) }
        self.init(
            unchecked: parameters, desiredRetention: desiredRetention, learningSteps: learningSteps,
            relearningSteps: relearningSteps, maximumInterval: maximumInterval
        )
    }

    private init(
        unchecked parameters: [Double], desiredRetention: Double, learningSteps: [TimeInterval],
        relearningSteps: [TimeInterval], maximumInterval: Int
    ) {
        self.parameters = parameters
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
    }

    private enum CodingKeys: String, CodingKey {
        case parameters, desiredRetention, learningSteps, relearningSteps, maximumInterval
    }

    /// Decodes the settings and checks them as `init(parameters:...)` does.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        do {
            try self.init(
                parameters: container.decode([Double].self, forKey: .parameters),
                desiredRetention: container.decode(Double.self, forKey: .desiredRetention),
                learningSteps: container.decode([TimeInterval].self, forKey: .learningSteps),
                relearningSteps: container.decode([TimeInterval].self, forKey: .relearningSteps),
                maximumInterval: container.decode(Int.self, forKey: .maximumInterval)
            )
        } catch let error as FSRSConfigurationError {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    /// The card after a review with `rating` at `reviewedAt`: its new memory state, state, step and due date.
    public func review(_ card: Card, rating: Rating, at reviewedAt: Date) -> Card {
        let (stability, difficulty) = memory(after: card, rating: rating, at: reviewedAt)
        var next = card
        next.stability = stability
        next.difficulty = difficulty
        let wait: Int64
        switch card.state {
        case .learning:
            wait = advance(&next, through: learningSteps, rating: rating, stability: stability)
        case .relearning:
            wait = advance(&next, through: relearningSteps, rating: rating, stability: stability)
        case .review:
            if rating == .again, let firstStep = relearningSteps.first {
                next.state = .relearning
                next.step = 0
                wait = ReviewClock.milliseconds(seconds: firstStep)
            } else {
                wait = Int64(intervalDays(stability: stability)) * ReviewClock.millisecondsPerDay
            }
        }
        next.due = ReviewClock.date(milliseconds: ReviewClock.milliseconds(reviewedAt) + wait)
        next.lastReview = reviewedAt
        return next
    }

    /// The probability that the card is recalled at `date`, counting whole days since its last review; 0 for a
    /// card never reviewed.
    public func retrievability(of card: Card, at date: Date) -> Double {
        guard let lastReview = card.lastReview, let stability = card.stability else { return 0 }
        let elapsedDays = max(0, ReviewClock.wholeDays(from: lastReview, to: date))
        return forgettingCurve(elapsedDays: Double(elapsedDays), stability: stability)
    }

    /// Stability and difficulty after the review: the initial values on a first review, the same-day formula
    /// when less than a whole day has passed since the last review, the long-term formulas otherwise.
    private func memory(after card: Card, rating: Rating, at reviewedAt: Date) -> (stability: Double, difficulty: Double) {
        guard let stability = card.stability, let difficulty = card.difficulty else {
            return (initialStability(rating), initialDifficulty(rating, clamped: true))
        }
        let isSameDay = card.lastReview.map { ReviewClock.wholeDays(from: $0, to: reviewedAt) < 1 } ?? false
        let nextStability = isSameDay
            ? shortTermStability(stability, rating: rating)
            : nextStability(
                difficulty: difficulty, stability: stability,
                retrievability: retrievability(of: card, at: reviewedAt), rating: rating
            )
        return (nextStability, nextDifficulty(difficulty, rating: rating))
    }

    /// Moves a learning or relearning card along `steps` (or graduates it to the review state) and returns the
    /// wait in milliseconds until it is due.
    private func advance(_ card: inout Card, through steps: [TimeInterval], rating: Rating, stability: Double) -> Int64 {
        let step = card.step ?? 0
        let graduates = steps.isEmpty
            || (step >= steps.count && rating != .again)
            || (rating == .good && step + 1 == steps.count)
            || rating == .easy
        if graduates {
            card.state = .review
            card.step = nil
            return Int64(intervalDays(stability: stability)) * ReviewClock.millisecondsPerDay
        }
        switch rating {
        case .again:
            card.step = 0
            return ReviewClock.milliseconds(seconds: steps[0])
        case .hard:
            if step == 0 {
                return ReviewClock.milliseconds(seconds: steps.count == 1 ? steps[0] * 1.5 : (steps[0] + steps[1]) / 2)
            }
            return ReviewClock.milliseconds(seconds: steps[step])
        case .good, .easy:  // only Good gets here: Easy always graduates
            card.step = step + 1
            return ReviewClock.milliseconds(seconds: steps[step + 1])
        }
    }
}
