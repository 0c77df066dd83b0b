/// A small reader of delimited text by the rules of RFC 4180 (and of the CSV reader Anki uses): records end at a
/// line break, a field that starts with `"` runs to the next lone `"` (a doubled `""` is one quote) and may hold the
/// separator and line breaks; with a comment character, a line that starts with it outside a field is skipped.
enum DelimitedTextParser {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func parse(_ text: String, separator: Character, comment: Character? = nil) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var characters = Array(text)[...]
        var atRecordStart = true
        while let character = characters.popFirst() {
            if atRecordStart, let comment, character == comment {
                while let skipped = characters.popFirst(), !skipped.isNewline {}
                continue
            }
            atRecordStart = false
            if character == "\"" && field.isEmpty {
                while true {
                    guard let quoted = characters.popFirst() else { throw Failure(description: "an unterminated quoted field") }
                    if quoted == "\"" {
                        guard characters.first == "\"" else { break }
                        characters.removeFirst()
                    }
                    field.append(quoted)
                }
                if let next = characters.first, next != separator, !next.isNewline {
                    throw Failure(description: "\(next) after a closing quote")
                }
            } else if character == separator {
                record.append(field)
                field = ""
            } else if character.isNewline {
                record.append(field)
                records.append(record)
                record = []
                field = ""
                atRecordStart = true
            } else {
                field.append(character)
            }
        }
        if !atRecordStart {
            record.append(field)
            records.append(record)
        }
        return records
    }
}
