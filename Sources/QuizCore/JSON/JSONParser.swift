import Foundation

/// Reads JSON (RFC 8259, strictly: no trailing commas, no comments, valid UTF-8, no key given twice in one object)
/// into `JSONValue`s, several times faster than Foundation's decoders, and says where a broken text breaks.
enum JSONParser {
    /// Deeper nesting is refused rather than risking the stack.
    static let maximumDepth = 512

    static func parse(_ data: Data) throws(JSONSyntaxError) -> JSONValue {
        let result: Result<JSONValue, JSONSyntaxError> = data.withUnsafeBytes { raw in
            parse(raw.bindMemory(to: UInt8.self))
        }
        return try result.get()
    }

    /// Reads a document whose top level is an object, handing each element of its list `key` to `element` as soon as
    /// it is read and keeping none of them (the list reads as empty in the result): a file of many entries never
    /// holds the trees of all of them at once.
    static func parse(
        _ data: Data, streaming key: String, element: @escaping (JSONValue, Int) -> Void
    ) throws(JSONSyntaxError) -> JSONValue {
        let result: Result<JSONValue, JSONSyntaxError> = data.withUnsafeBytes { raw in
            parse(raw.bindMemory(to: UInt8.self), streaming: (key, element))
        }
        return try result.get()
    }

    /// Reads a value straight from `bytes` at `position` and moves past it, or leaves `position` where it was and
    /// returns false, and the parser reads the value as usual (see `JSONPlainReader`).
    typealias Skim = (_ bytes: UnsafeBufferPointer<UInt8>, _ position: inout Int) -> Bool
    /// As `Skim`, for the value of an object's member, told the member's key.
    typealias MemberSkim = (_ key: String, _ bytes: UnsafeBufferPointer<UInt8>, _ position: inout Int) -> Bool

    /// As `parse(_:streaming:element:)`, and what `skim` reads of the list's elements never reaches `element`; the
    /// members of each top-level object named in `skimmingMembers` whose values its skim reads are left out of it.
    /// For a reader that needs less than the whole tree: what is skimmed is still checked to be JSON.
    static func parse(
        _ data: Data, streaming key: String, skimming skim: @escaping Skim, skimmingMembers: [String: MemberSkim],
        element: @escaping (JSONValue, Int) -> Void
    ) throws(JSONSyntaxError) -> JSONValue {
        let result: Result<JSONValue, JSONSyntaxError> = data.withUnsafeBytes { raw in
            parse(raw.bindMemory(to: UInt8.self), streaming: (key, element), skimming: skim, skimmingMembers: skimmingMembers)
        }
        return try result.get()
    }

    static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, streaming: (key: String, element: (JSONValue, Int) -> Void)? = nil,
        skimming skim: Skim? = nil, skimmingMembers: [String: MemberSkim] = [:]
    ) -> Result<JSONValue, JSONSyntaxError> {
        var reader = Reader(bytes: bytes, streaming: streaming, skimElement: skim, skimMembers: skimmingMembers)
        do throws(Reader.Failure) {
            reader.skipByteOrderMark()
            let value = try reader.value()
            reader.skipWhitespace()
            guard reader.position == bytes.count else { throw Reader.Failure(reader.position, "more text after the end of the JSON value") }
            return .success(value)
        } catch {
            let (line, column) = JSONSyntaxError.place(ofByte: error.offset, in: bytes)
            let truncated = error.truncated || error.offset >= bytes.count
            return .failure(JSONSyntaxError(line: line, column: column, reason: error.reason, truncated: truncated))
        }
    }
}

/// The elements of the lists being read, innermost last; a class, so a list's reader can push onto it from the
/// closure that receives each element.
private final class ValueStack {
    var values: [JSONValue] = []
}

private struct Reader {
    struct Failure: Error {
        let offset: Int
        let reason: String
        let truncated: Bool
        init(_ offset: Int, _ reason: String, truncated: Bool = false) {
            self.offset = offset
            self.reason = reason
            self.truncated = truncated
        }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    var depth = 0
    /// The members and elements of the objects and lists being read, innermost last: each container is copied out
    /// at its close into an array of exactly its size, one allocation instead of one per doubling (the elements in a
    /// class, which the closure `elements(_:)` calls can push onto).
    private var memberStack: [JSONMember] = []
    private let elementStack = ValueStack()

    /// The top-level list whose elements go to a callback instead of into the tree.
    let streaming: (key: String, element: (JSONValue, Int) -> Void)?
    /// What reads that list's elements straight from the bytes where it can.
    let skimElement: JSONParser.Skim?
    /// What reads the member values of these top-level objects straight from the bytes where it can.
    let skimMembers: [String: JSONParser.MemberSkim]

    init(
        bytes: UnsafeBufferPointer<UInt8>, streaming: (key: String, element: (JSONValue, Int) -> Void)? = nil,
        skimElement: JSONParser.Skim? = nil, skimMembers: [String: JSONParser.MemberSkim] = [:]
    ) {
        self.bytes = bytes
        self.streaming = streaming
        self.skimElement = skimElement
        self.skimMembers = skimMembers
    }

    private var current: UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    mutating func skipByteOrderMark() {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    }

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    mutating func value() throws(Failure) -> JSONValue {
        skipWhitespace()
        guard let byte = current else { throw Failure(position, "the text ends where a value should be") }
        switch byte {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw Failure(position, "expected a value (text in double quotes, a number, true, false, null, a list or an object)")
        }
    }

    private mutating func enter() throws(Failure) {
        depth += 1
        if depth > JSONParser.maximumDepth { throw Failure(position, "nested more than \(JSONParser.maximumDepth) deep") }
        position += 1
    }

    /// An object; the members whose values `skim` reads are left out of it.
    private mutating func object(skimming skim: JSONParser.MemberSkim? = nil) throws(Failure) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            position += 1
            return .object(JSONObject(members: []))
        }
        let base = memberStack.count
        defer { memberStack.removeSubrange(base...) }
        /// The keys so far, once there are too many to scan for a repeat (from the start when members are skimmed,
        /// as those are not kept to scan).
        var seen: Set<String>? = skim == nil ? nil : []
        var membersRead = 0
        while true {
            skipWhitespace()
            if current == UInt8(ascii: "}"), membersRead > 0 { throw trailingComma("}") }
            guard current == UInt8(ascii: "\"") else { throw Failure(position, "expected a key in double quotes") }
            let keyStart = position
            let key = try string()
            let fingerprint = position - keyStart == key.utf8.count + 2
                ? JSONMember.fingerprint(of: UnsafeBufferPointer(rebasing: bytes[(keyStart + 1)..<(position - 1)]))
                : JSONMember.fingerprint(of: key)
            let repeated = if seen != nil {
                !seen!.insert(key).inserted
            } else {
                memberStack[base...].contains { $0.keyFingerprint == fingerprint && $0.key == key }
            }
            if repeated { throw Failure(keyStart, "the key \"\(key)\" is given twice in one object") }
            if seen == nil, memberStack.count - base == JSONObject.scanLimit {
                seen = Set(memberStack[base...].map(\.key) + [key])
            }
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw Failure(position, "expected ':' after the key \"\(key)\"") }
            position += 1
            skipWhitespace()
            if depth == 1, let streaming, streaming.key == key, current == UInt8(ascii: "[") {
                try elements(streaming.element, skimming: skimElement)
                memberStack.append(JSONMember(key: key, value: .array([]), keyFingerprint: fingerprint))
            } else if depth == 1, !skimMembers.isEmpty, let skimMember = skimMembers[key], current == UInt8(ascii: "{") {
                memberStack.append(JSONMember(key: key, value: try object(skimming: skimMember), keyFingerprint: fingerprint))
            } else if let skim, skim(key, bytes, &position) {
                // Read straight from the bytes: left out of the object.
            } else {
                memberStack.append(JSONMember(key: key, value: try value(), keyFingerprint: fingerprint))
            }
            membersRead += 1
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"):
                position += 1
                return .object(JSONObject(members: Array(memberStack[base...])))
            default: throw Failure(position, "expected ',' or '}' after the value of \"\(key)\"")
            }
        }
    }

    private mutating func array() throws(Failure) -> JSONValue {
        let stack = elementStack
        let base = stack.values.count
        defer { stack.values.removeSubrange(base...) }
        try elements { value, _ in stack.values.append(value) }
        return .array(Array(stack.values[base...]))
    }

    /// Reads a list, handing each element and its position to `element` as soon as it is read, unless `skim` reads it.
    private mutating func elements(_ element: (JSONValue, Int) -> Void, skimming skim: JSONParser.Skim? = nil) throws(Failure) {
        try enter()
        defer { depth -= 1 }
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            position += 1
            return
        }
        var index = 0
        while true {
            skipWhitespace()
            if current == UInt8(ascii: "]"), index > 0 { throw trailingComma("]") }
            if let skim, skim(bytes, &position) {
                // Read straight from the bytes.
            } else {
                element(try value(), index)
            }
            index += 1
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"):
                position += 1
                return
            default: throw Failure(position, "expected ',' or ']' after a list element")
            }
        }
    }

    /// At a closing bracket that follows a comma: the comma is the mistake, so that is where the error points.
    private func trailingComma(_ closing: Character) -> Failure {
        var comma = position - 1
        while comma > 0, bytes[comma] != UInt8(ascii: ",") { comma -= 1 }
        return Failure(comma, "a comma before '\(closing)': JSON allows no comma after the last item")
    }

    private mutating func literal(_ word: StaticString, _ value: JSONValue) throws(Failure) -> JSONValue {
        let count = word.utf8CodeUnitCount
        let available = min(count, bytes.count - position)
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: count)
        guard available == count, expected.elementsEqual(bytes[position..<(position + count)]) else {
            let cutShort = available < count && expected.prefix(available).elementsEqual(bytes[position...])
            throw Failure(position, "expected a value (text in double quotes, a number, true, false, null, a list or an object)", truncated: cutShort)
        }
        position += count
        return value
    }

    /// A string starting at the opening quote; the common case, with no escapes, is read straight from the bytes.
    private mutating func string() throws(Failure) -> String {
        let opening = position
        position += 1
        let start = position
        var ascii = true
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let text = try makeString(UnsafeBufferPointer(rebasing: bytes[start..<position]), ascii: ascii, at: start)
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { return try escapedString(from: start, opening: opening) }
            if byte < 0x20 { throw Failure(position, "a control character inside text must be written as an escape such as \\n") }
            if byte >= 0x80 { ascii = false }
            position += 1
        }
        throw Failure(opening, "text that is never closed: the closing '\"' is missing", truncated: true)
    }

    private func makeString(_ utf8: UnsafeBufferPointer<UInt8>, ascii: Bool, at offset: Int) throws(Failure) -> String {
        if ascii { return String(decoding: utf8, as: UTF8.self) }
        guard let text = String(validating: utf8, as: UTF8.self) else { throw Failure(offset, "the text is not valid UTF-8") }
        return text
    }

    private mutating func escapedString(from start: Int, opening: Int) throws(Failure) -> String {
        var utf8 = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return try utf8.withUnsafeBufferPointer { buffer throws(Failure) in try makeString(buffer, ascii: false, at: start) }
            case UInt8(ascii: "\\"):
                position += 1
                guard let escaped = current else { break }
                position += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escaped)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"): utf8.append(contentsOf: String(try unicodeEscape()).utf8)
                default: throw Failure(position - 2, "unknown escape '\\\(Character(Unicode.Scalar(escaped)))'")
                }
            default:
                if byte < 0x20 { throw Failure(position, "a control character inside text must be written as an escape such as \\n") }
                utf8.append(byte)
                position += 1
            }
        }
        throw Failure(opening, "text that is never closed: the closing '\"' is missing", truncated: true)
    }

    /// The character of a `\uXXXX` escape (the `\u` already read), joining a surrogate pair.
    private mutating func unicodeEscape() throws(Failure) -> Unicode.Scalar {
        let escapeStart = position - 2
        let first = try hexQuad()
        switch first {
        case 0xD800...0xDBFF:
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                throw Failure(escapeStart, "\\u\(hex(first)) is half of a surrogate pair without its other half")
            }
            position += 2
            let second = try hexQuad()
            guard (0xDC00...0xDFFF).contains(second) else {
                throw Failure(escapeStart, "\\u\(hex(first)) is half of a surrogate pair without its other half")
            }
            return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!
        case 0xDC00...0xDFFF:
            throw Failure(escapeStart, "\\u\(hex(first)) is half of a surrogate pair without its other half")
        default:
            return Unicode.Scalar(first)!
        }
    }

    private func hex(_ value: UInt32) -> String {
        String(value, radix: 16, uppercase: true)
    }

    private mutating func hexQuad() throws(Failure) -> UInt32 {
        guard position + 4 <= bytes.count else { throw Failure(position, "\\u needs four hexadecimal digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw Failure(position, "\\u needs four hexadecimal digits")
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    private mutating func number() throws(Failure) -> JSONValue {
        let start = position
        var negative = false
        if current == UInt8(ascii: "-") {
            negative = true
            position += 1
        }
        guard let first = current, isDigit(first) else { throw Failure(position, "a number needs a digit here") }
        var magnitude: UInt64 = 0
        var exact = true
        if first == UInt8(ascii: "0") {
            position += 1
            if let next = current, isDigit(next) { throw Failure(position, "a number may not have a leading zero") }
        } else {
            while let digit = current, isDigit(digit) {
                let (times10, overflowA) = magnitude.multipliedReportingOverflow(by: 10)
                let (sum, overflowB) = times10.addingReportingOverflow(UInt64(digit - UInt8(ascii: "0")))
                if overflowA || overflowB { exact = false }
                magnitude = sum
                position += 1
            }
        }
        var integral = true
        if current == UInt8(ascii: ".") {
            integral = false
            position += 1
            try digits()
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            integral = false
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            try digits()
        }
        if integral && exact {
            if negative, magnitude <= UInt64(Int64.max) + 1 { return .integer(magnitude == UInt64(Int64.max) + 1 ? .min : -Int64(magnitude)) }
            if !negative, magnitude <= UInt64(Int64.max) { return .integer(Int64(magnitude)) }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw Failure(start, "the number \(text) is too large") }
        return .number(value)
    }

    private mutating func digits() throws(Failure) {
        guard let first = current, isDigit(first) else { throw Failure(position, "a number needs a digit here") }
        while let digit = current, isDigit(digit) { position += 1 }
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
