import Foundation

/// Turns a `DecodingError` into a problem that names the field and, for broken JSON, the line.
enum JSONDecodingFailure {
    static func problem(_ error: DecodingError, file: String, data: Data) -> BankProblem {
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return BankProblem(file: file, message: syntaxMessage(data) ?? "not valid JSON: \(context.debugDescription)")
        case .dataCorrupted(let context):
            return BankProblem(file: file, field: path(context.codingPath), message: context.debugDescription)
        case .typeMismatch(let type, let context):
            return BankProblem(file: file, field: path(context.codingPath), message: "wrong type: expected \(describe(type))")
        case .valueNotFound(let type, let context):
            return BankProblem(file: file, field: path(context.codingPath), message: "is null: expected \(describe(type))")
        case .keyNotFound(let key, let context):
            return BankProblem(file: file, field: path(context.codingPath + [key]), message: "missing")
        @unknown default:
            return BankProblem(file: file, message: "cannot be read: \(error)")
        }
    }

    /// JSONDecoder says only that the data is not JSON; JSONSerialization says where, as a character offset,
    /// which this turns into a line and column.
    static func syntaxMessage(_ data: Data) -> String? {
        do {
            _ = try JSONSerialization.jsonObject(with: data)
            return nil
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            guard let range = detail.range(of: #"around (line \d+, column \d+|character \d+)"#, options: .regularExpression) else {
                return "not valid JSON: \(detail)"
            }
            let what = detail[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            let place = detail[range].dropFirst("around ".count)
            guard place.hasPrefix("character"), let offset = Int(place.dropFirst("character ".count)) else {
                return "not valid JSON at \(place): \(what)"
            }
            let (line, column) = lineAndColumn(ofCharacter: offset, in: data)
            return "not valid JSON at line \(line), column \(column): \(what)"
        }
    }

    private static func lineAndColumn(ofCharacter offset: Int, in data: Data) -> (Int, Int) {
        var line = 1
        var column = 1
        for byte in data.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    /// A coding path as a reader would write it: `questions[3].options[1].text`.
    static func path(_ codingPath: [any CodingKey]) -> String {
        var result = ""
        for key in codingPath {
            if let index = key.intValue {
                result += "[\(index)]"
            } else {
                result += result.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return result.isEmpty ? "-" : result
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: "\(type)".contains("Array") ? "a list" : "an object"
        }
    }
}

/// A short reason for a failed file read, without Foundation's long wording.
enum FileReadFailure {
    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let posix = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(posix.code)))
        }
        switch nsError.code {
        case NSFileReadNoSuchFileError: return "no such file or directory"
        case NSFileReadNoPermissionError: return "permission denied"
        default: return nsError.localizedDescription
        }
    }
}
