/// How far a learner who knows nothing gets on a bank's choice questions by following a cue instead of knowledge:
/// the expected score of each no-knowledge strategy next to a blind guess, and how often the right option is the
/// longest. Owner questions (AWS, Customer or Shared, generated from the matrix) are left out: their three
/// options are the same for every cell, so no wording can give them away. Options are shuffled wherever they are
/// shown (the app and the exports), so always answering the same position scores exactly a blind guess.
public struct BankFairness: Equatable, Sendable {
    /// A way of answering without knowing the answer.
    public enum Strategy: String, CaseIterable, Sendable {
        case blindGuess = "blind guess"
        case longest = "always the longest option"
        case shortest = "always the shortest option"
        case namesTheCustomer = "the option that names the customer"
        case avoidsAbsolutes = "avoiding absolute words"
    }

    /// The limits the bundled bank is held to (a bank of one's own is only warned).
    public enum Limits {
        /// The right option may be the longest in at most this share of single-choice items.
        public static let longestRight = 0.35
        /// A no-knowledge strategy may beat a blind guess by at most this many points (percent).
        public static let pointsAboveGuess = 10.0
        /// At least this share of multiple-response items offer five or more options.
        public static let multipleWithFiveOrMore = 0.5
    }

    /// Single-choice items (hand-written questions and scenario steps) and multiple-response items looked at.
    public let singleChoiceItems: Int
    public let multipleResponseItems: Int
    /// Share of single-choice items whose right option is the longest (ties shared out).
    public let longestIsRight: Double
    /// Share of multiple-response items with five or more options.
    public let multipleWithFiveOrMore: Double
    /// Expected score, from 0 to 1, of each strategy over every item looked at.
    public let scores: [Strategy: Double]

    /// Words that make an option sound wrong to a test-wise learner.
    static let absoluteWords: Set<String> = [
        "always", "never", "all", "every", "only", "none", "nothing", "completely", "entirely", "any", "automatically",
        "guarantees", "guaranteed", "cannot", "must",
    ]

    public init(_ bank: Bank) {
        let generated = Set(MatrixQuestions.generate(from: bank.matrix).map(\.id))
        let items = bank.questions.filter { !generated.contains($0.id) && $0.kind != .owner }
            + bank.scenarios.flatMap(\.steps).map(\.question).filter { $0.kind != .owner }
        let single = items.filter { $0.kind == .single }
        let multiple = items.filter { $0.kind == .multiple }
        singleChoiceItems = single.count
        multipleResponseItems = multiple.count
        longestIsRight = Self.mean(single) { Self.chance(of: $0, picking: Self.longestIndices($0)) }
        multipleWithFiveOrMore = Self.mean(multiple) { $0.choices.count >= 5 ? 1 : 0 }
        var scores: [Strategy: Double] = [:]
        for strategy in Strategy.allCases {
            scores[strategy] = Self.mean(items) { Self.expectedScore(of: strategy, on: $0) }
        }
        self.scores = scores
    }

    /// Points (percent) by which a strategy beats the blind guess.
    public func pointsAboveGuess(_ strategy: Strategy) -> Double {
        ((scores[strategy] ?? 0) - (scores[.blindGuess] ?? 0)) * 100
    }

    /// Every limit the bank breaks, in words; empty when it keeps them all.
    public var brokenLimits: [String] {
        var broken: [String] = []
        if singleChoiceItems > 0, longestIsRight > Limits.longestRight {
            broken.append("the right option is the longest in \(Self.percent(longestIsRight)) of single-choice items (at most \(Self.percent(Limits.longestRight)))")
        }
        for strategy in Strategy.allCases where strategy != .blindGuess {
            let points = pointsAboveGuess(strategy)
            if points > Limits.pointsAboveGuess {
                broken.append("\(strategy.rawValue) scores \(Self.points(points)) points above a blind guess (at most \(Int(Limits.pointsAboveGuess)))")
            }
        }
        if multipleResponseItems > 0, multipleWithFiveOrMore < Limits.multipleWithFiveOrMore {
            broken.append("\(Self.percent(multipleWithFiveOrMore)) of multiple-response items have five or more options (at least \(Self.percent(Limits.multipleWithFiveOrMore)))")
        }
        return broken
    }

    /// The figures as lines for `validate`.
    public var report: [String] {
        var lines = [
            "fairness over \(singleChoiceItems) single-choice and \(multipleResponseItems) multiple-response items:",
            "  right option is the longest: \(Self.percent(longestIsRight)) (limit \(Self.percent(Limits.longestRight)))",
            "  multiple-response items with five or more options: \(Self.percent(multipleWithFiveOrMore)) (at least \(Self.percent(Limits.multipleWithFiveOrMore)))",
        ]
        for strategy in Strategy.allCases {
            let score = Self.percent(scores[strategy] ?? 0)
            let above = strategy == .blindGuess ? "" : " (\(Self.relativeToGuess(pointsAboveGuess(strategy))))"
            lines.append("  \(strategy.rawValue): \(score)\(above)")
        }
        return lines
    }

    static func expectedScore(of strategy: Strategy, on question: Question) -> Double {
        let all = Array(question.choices.indices)
        switch strategy {
        case .blindGuess: return chance(of: question, picking: all)
        case .longest: return chance(of: question, picking: ranked(question) { Double(question.choices[$0].text.count) })
        case .shortest: return chance(of: question, picking: ranked(question) { -Double(question.choices[$0].text.count) })
        case .namesTheCustomer:
            let naming = all.filter { namesTheCustomer(question.choices[$0].text) }
            return chance(of: question, picking: naming.count >= question.picksRequired ? naming : all)
        case .avoidsAbsolutes:
            let plain = all.filter { !hasAbsolute(question.choices[$0].text) }
            return chance(of: question, picking: plain.count >= question.picksRequired ? plain : all)
        }
    }

    /// The chance of being right when the picks are drawn at random from `candidates`.
    static func chance(of question: Question, picking candidates: [Int]) -> Double {
        let picks = question.picksRequired
        let right = question.correctIndices
        guard candidates.count >= picks, picks > 0 else { return 0 }
        let rightAmong = candidates.filter(right.contains).count
        guard rightAmong == right.count || picks == 1 else { return 0 }
        if picks == 1 { return Double(rightAmong) / Double(candidates.count) }
        return 1 / combinations(candidates.count, picks)
    }

    /// The options a strategy that ranks by `score` would pick from: for one pick, every option tied for the top
    /// score; for several, the top `picks` when they stand clear, else every option tied at the cut.
    static func ranked(_ question: Question, by score: (Int) -> Double) -> [Int] {
        let order = question.choices.indices.sorted { score($0) > score($1) }
        let picks = question.picksRequired
        guard order.count > picks else { return order }
        let cut = score(order[picks - 1])
        return order.filter { score($0) >= cut }
    }

    static func longestIndices(_ question: Question) -> [Int] {
        ranked(question) { Double(question.choices[$0].text.count) }
    }

    static func namesTheCustomer(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return ["customer", "the company", "your ", "you "].contains { lowered.contains($0) }
    }

    static func hasAbsolute(_ text: String) -> Bool {
        text.lowercased().split { !$0.isLetter }.contains { absoluteWords.contains(String($0)) }
    }

    private static func combinations(_ n: Int, _ k: Int) -> Double {
        (0..<k).reduce(1.0) { $0 * Double(n - $1) / Double($1 + 1) }
    }

    private static func mean(_ questions: [Question], _ value: (Question) -> Double) -> Double {
        questions.isEmpty ? 0 : questions.map(value).reduce(0, +) / Double(questions.count)
    }

    private static func percent(_ fraction: Double) -> String {
        "\(Int((fraction * 100).rounded()))%"
    }

    private static func points(_ value: Double) -> String {
        String(Int(value.rounded()))
    }

    /// "4 points above a blind guess", "1 point below a blind guess", "level with a blind guess".
    private static func relativeToGuess(_ value: Double) -> String {
        let points = Int(value.rounded())
        guard points != 0 else { return "level with a blind guess" }
        return "\(abs(points)) point\(abs(points) == 1 ? "" : "s") \(points > 0 ? "above" : "below") a blind guess"
    }
}
