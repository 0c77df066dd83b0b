import Foundation

/// The JSON encoder and decoder progress files are written and read with: ISO 8601 dates with milliseconds, UTC.
enum ProgressCoding {
    private static let dateStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)
    private static let wholeSeconds = Date.ISO8601FormatStyle(timeZone: .gmt)

    /// `2026-11-22T09:05:12.345Z`, rounded to the millisecond, so reading and writing again never drifts
    /// (Foundation's own fractional format cuts off instead, losing a millisecond each time round).
    static func text(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let (seconds, fraction) = milliseconds.quotientAndRemainder(dividingBy: 1000)
        let wholeSecond = fraction < 0 ? seconds - 1 : seconds
        let shown = Date(timeIntervalSince1970: TimeInterval(wholeSecond)).formatted(wholeSeconds)
        let digits = String(fraction < 0 ? fraction + 1000 : fraction)
        return shown.dropLast() + "." + String(repeating: "0", count: 3 - digits.count) + digits + "Z"
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(text(date))
        }
        return encoder
    }

    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            if let date = try? dateStyle.parse(text) { return date }
            if let date = try? Date.ISO8601FormatStyle(timeZone: .gmt).parse(text) { return date }
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\"\(text)\" is not an ISO 8601 date")
        }
        return decoder
    }
}
