/// The training score (and a module's): right answers over questions asked, pooled over the module attempts a
/// completion record names, so a module of 16 questions weighs more than one of 7. The one definition every
/// screen, report and export uses (README, "What the figures mean").
public struct TrainingScore: Codable, Equatable, Sendable {
    public let correct: Int
    public let total: Int

    public init(correct: Int, total: Int) {
        self.correct = correct
        self.total = total
    }

    /// The sums of `correct` and of `total` over every module in the record (its passing attempts).
    public init(_ record: CompletionRecord) {
        self.init(correct: record.modules.map(\.correct).reduce(0, +), total: record.modules.map(\.total).reduce(0, +))
    }

    /// `correct / total`, from 0 to 1; 0 when nothing was asked.
    public var fraction: Double {
        total == 0 ? 0 : Double(correct) / Double(total)
    }

    /// The percent with at most one decimal, rounded half up: 6 of 7 is `85.7`, 7 of 7 `100`; empty when nothing
    /// was asked.
    public var percentNumber: String {
        guard total > 0 else { return "" }
        let tenths = Int((Double(correct) * 1000 / Double(total)).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
    }

    /// `85.7%`; `-` when nothing was asked.
    public var percentText: String {
        total == 0 ? "-" : percentNumber + "%"
    }

    /// `85.7% (6 of 7 right)`.
    public var text: String {
        "\(percentText) (\(correct) of \(total) right)"
    }

    /// Written as `{"correct": 6, "total": 7, "fraction": 0.857…}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(correct, forKey: .correct)
        try container.encode(total, forKey: .total)
        try container.encode(fraction, forKey: .fraction)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(correct: try container.decode(Int.self, forKey: .correct), total: try container.decode(Int.self, forKey: .total))
    }

    private enum CodingKeys: String, CodingKey {
        case correct, total, fraction
    }
}
