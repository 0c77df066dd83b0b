import Foundation

/// The JSON encoder and decoder progress files are written and read with: ISO 8601 dates with milliseconds, UTC.
enum ProgressCoding {
    private static let dateStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)

    /// `2026-11-22T09:05:12.345Z`, rounded to the millisecond, so reading and writing again never drifts.
    static func text(_ date: Date) -> String {
        ISODate.text(date)
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
            if let date = ISODate.date(text) ?? (try? dateStyle.parse(text)) ?? (try? Date.ISO8601FormatStyle(timeZone: .gmt).parse(text)) {
                guard ISODate.writable.contains(date) else {
                    throw DecodingError.dataCorruptedError(in: container, debugDescription: "\"\(text)\" is outside the years 1 to 9999")
                }
                return date
            }
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\"\(text)\" is not an ISO 8601 date")
        }
        return decoder
    }
}
