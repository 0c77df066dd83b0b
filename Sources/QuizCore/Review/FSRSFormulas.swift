import Foundation

/// FSRS-6's formulas, written in py-fsrs's order of operations so that the results agree to the last bits.
extension FSRS {
    static let minimumStability = 0.001
    static let difficultyRange = 1.0...10.0
    /// Python's `math.e`, raised with `pow` as py-fsrs raises it with `**`.
    private static let e = 2.718281828459045

    private func w(_ index: Int) -> Double {
        parameters[index]
    }

    /// The forgetting curve's exponent, -w[20].
    var decay: Double {
        -w(20)
    }

    /// Chosen so that retrievability is 90% after `stability` days.
    var factor: Double {
        pow(0.9, 1 / decay) - 1
    }

    func forgettingCurve(elapsedDays: Double, stability: Double) -> Double {
        pow(1 + factor * elapsedDays / stability, decay)
    }

    func initialStability(_ rating: Rating) -> Double {
        max(w(rating.rawValue - 1), Self.minimumStability)
    }

    func initialDifficulty(_ rating: Rating, clamped: Bool) -> Double {
        let difficulty = w(4) - pow(Self.e, w(5) * Double(rating.rawValue - 1)) + 1
        return clamped ? clampDifficulty(difficulty) : difficulty
    }

    /// Days until the card is due: the interval at which retrievability falls to the desired retention,
    /// rounded half to even as Python's `round`, at least 1 and at most `maximumInterval`.
    func intervalDays(stability: Double) -> Int {
        let days = (stability / factor) * (pow(desiredRetention, 1 / decay) - 1)
        return Int(min(max(days.rounded(.toNearestOrEven), 1), Double(maximumInterval)))
    }

    /// Stability after a review on the same day as the last one (FSRS-6's short-term formula).
    func shortTermStability(_ stability: Double, rating: Rating) -> Double {
        var increase = pow(Self.e, w(17) * (Double(rating.rawValue - 3) + w(18))) * pow(stability, -w(19))
        if rating != .again {
            increase = max(increase, 1.0)
        }
        return max(stability * increase, Self.minimumStability)
    }

    /// Difficulty after a review: moved by the rating, damped towards 10, reverted towards the initial Easy value.
    func nextDifficulty(_ difficulty: Double, rating: Rating) -> Double {
        let easyDifficulty = initialDifficulty(.easy, clamped: false)
        let delta = -(w(6) * Double(rating.rawValue - 3))
        let damped = difficulty + (10.0 - difficulty) * delta / 9.0
        return clampDifficulty(w(7) * easyDifficulty + (1 - w(7)) * damped)
    }

    /// Stability after a review a day or more since the last one.
    func nextStability(difficulty: Double, stability: Double, retrievability: Double, rating: Rating) -> Double {
        let next = rating == .again
            ? forgetStability(difficulty: difficulty, stability: stability, retrievability: retrievability)
            : recallStability(difficulty: difficulty, stability: stability, retrievability: retrievability, rating: rating)
        return max(next, Self.minimumStability)
    }

    private func forgetStability(difficulty: Double, stability: Double, retrievability: Double) -> Double {
        let longTerm = w(11) * pow(difficulty, -w(12)) * (pow(stability + 1, w(13)) - 1)
            * pow(Self.e, (1 - retrievability) * w(14))
        let shortTerm = stability / pow(Self.e, w(17) * w(18))
        return min(longTerm, shortTerm)
    }

    private func recallStability(difficulty: Double, stability: Double, retrievability: Double, rating: Rating) -> Double {
        let hardPenalty = rating == .hard ? w(15) : 1
        let easyBonus = rating == .easy ? w(16) : 1
        return stability * (
            1 + pow(Self.e, w(8)) * (11 - difficulty) * pow(stability, -w(9))
                * (pow(Self.e, (1 - retrievability) * w(10)) - 1) * hardPenalty * easyBonus
        )
    }

    private func clampDifficulty(_ difficulty: Double) -> Double {
        min(max(difficulty, Self.difficultyRange.lowerBound), Self.difficultyRange.upperBound)
    }
}
