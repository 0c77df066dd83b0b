import Foundation

/// The share of a module's questions a learner must answer right to pass it: a whole percent from 1 to 100.
/// Recorded as a fraction (80% is `0.8`), like every score in a module result or completion record.
public struct PassMark: Hashable, Sendable, Codable, CustomStringConvertible {
    public static let allowed = 1...100
    /// 80%, the pass mark when neither the bank nor `--pass-mark` names one.
    public static let standard = PassMark(checkedPercent: 80)

    public let percent: Int

    public init?(percent: Int) {
        guard Self.allowed.contains(percent) else { return nil }
        self.percent = percent
    }

    private init(checkedPercent: Int) {
        percent = checkedPercent
    }

    /// A pass mark as typed on the command line: `80` or `80%`.
    public init?(parsing text: String) {
        let digits = text.hasSuffix("%") ? String(text.dropLast()) : text
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let percent = Int(digits) else { return nil }
        self.init(percent: percent)
    }

    public var fraction: Double {
        Double(percent) / 100
    }

    /// Whether `correct` right answers out of `total` reach the pass mark, in whole numbers: 4 of 5 is exactly 80%.
    public func isMet(correct: Int, total: Int) -> Bool {
        total > 0 && correct * 100 >= percent * total
    }

    /// The fewest right answers out of `total` that pass.
    public func required(of total: Int) -> Int {
        (percent * total + 99) / 100
    }

    public var description: String {
        "\(percent)%"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let fraction = try container.decode(Double.self)
        let percent = (fraction * 100).rounded()
        guard abs(fraction * 100 - percent) < 1e-9, let mark = PassMark(percent: Int(percent)) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\(fraction) is not a pass mark: expected a fraction from 0.01 to 1 in whole percents")
        }
        self = mark
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(fraction)
    }
}
