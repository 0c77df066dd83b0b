import Foundation

/// How progress files are written (Foundation's encoder) and read (`JSONTreeDecoder`): ISO 8601 dates with milliseconds, UTC.
enum ProgressCoding {
    private static let dateStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(ISODate.text(date))
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
