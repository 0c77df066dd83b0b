import Foundation

/// Turns a `DecodingError` into a problem that names the field.
enum JSONDecodingFailure {
    static func problem(_ error: DecodingError, file: String) -> BankProblem {
        switch error {
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
