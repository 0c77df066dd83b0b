import Foundation

/// How progress files are written (Foundation's encoder) and read (`JSONTreeDecoder`): ISO 8601 dates with milliseconds, UTC.
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

    static func decoder() -> JSONTreeDecoder {
        JSONTreeDecoder(dateFromText: { text in
            guard let date = ISODate.date(text) ?? (try? dateStyle.parse(text)) ?? (try? Date.ISO8601FormatStyle(timeZone: .gmt).parse(text)) else {
                return .failure(.init(description: "\"\(text)\" is not an ISO 8601 date"))
            }
            guard ISODate.writable.contains(date) else { return .failure(.init(description: "\"\(text)\" is outside the years 1 to 9999")) }
            return .success(date)
        })
    }
}
