import Foundation

/// CSV text (RFC 4180, leniently) as records, each with the line it starts on: fields separated by commas, in
/// quotes when they hold a comma, a quote (doubled) or a line break; lines ended by CRLF or LF; a UTF-8 byte order
/// mark at the start ignored. A quote that is never closed is an error naming the line it opened on; a quote
/// inside an unquoted field is kept as written. (The CSV packages at hand, CSV.swift and SwiftCSV, give no record's
/// line and take an unclosed quote to the end of the file without saying where it opened.)
public enum CSVRecords {
    public struct Record: Equatable, Sendable {
        public let line: Int
        public let fields: [String]
    }

    public struct Failure: Error, Equatable, Sendable {
        public let line: Int
        public let reason: String
    }

    public static func read(_ text: String) throws(Failure) -> [Record] {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var quoteLine: Int?
        var position = 0
        func endRecord() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            if fields != [""] { records.append(Record(line: recordLine, fields: fields)) }
            fields = []
        }
        while position < scalars.count {
            let scalar = scalars[position]
            position += 1
            if quoteLine != nil {
                if scalar == "\"" {
                    if position < scalars.count, scalars[position] == "\"" {
                        field.append("\"")
                        position += 1
                    } else {
                        quoteLine = nil
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty:
                quoteLine = line
            case ",":
                fields.append(String(field))
                field = String.UnicodeScalarView()
            case "\r", "\n":
                if scalar == "\r", position < scalars.count, scalars[position] == "\n" { position += 1 }
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(scalar)
            }
        }
        if let quoteLine { throw Failure(line: quoteLine, reason: "a quote opened on this line is never closed") }
        if !fields.isEmpty || !field.isEmpty { endRecord() }
        return records
    }
}
