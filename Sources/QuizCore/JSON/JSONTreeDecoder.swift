import Foundation

/// Decodes `Decodable` values from JSON read by `JSONParser`, throwing the `DecodingError`s Foundation's
/// `JSONDecoder` throws (so a message can name the field), at a fraction of its cost on large files.
struct JSONTreeDecoder {
    /// Why a text could not be read as a date.
    struct DateProblem: Error {
        let description: String
    }

    /// How dates are read from text; without it a date is read as Foundation's default does, seconds since 2001.
    var dateFromText: ((String) -> Result<Date, DateProblem>)?

    /// When set, collects every key a `JSONReadable` type asks for, present or not: what the type knows.
    var keyRecorder: JSONKeyRecorder?

    /// Broken JSON throws `JSONSyntaxError`; JSON of the wrong shape throws `DecodingError`.
    func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try decode(type, from: JSONParser.parse(data))
    }

    /// The parent for the elements of the top-level list `name` that `JSONParser` streamed: it puts `name` in
    /// their coding paths (`answers[12].questionId`).
    func streamedList(_ name: String) -> JSONValueDecoder {
        JSONValueDecoder(value: .null, parent: JSONValueDecoder(value: .null, parent: nil, key: nil, options: self), key: JSONNameKey(name), options: self)
    }

    func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        try JSONValueDecoder(value: value, parent: nil, key: nil, options: self).unbox(value, as: type, key: nil)
    }
}

/// The keys `JSONFields` were asked for.
final class JSONKeyRecorder {
    var keys: Set<String> = []
}

/// The position of a list element, as a coding key.
struct JSONIndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }

    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

/// The decoder handed to one value's `init(from:)`; its coding path is found, only when asked, through its parents.
final class JSONValueDecoder: Decoder, SingleValueDecodingContainer {
    let value: JSONValue
    let parent: JSONValueDecoder?
    let key: (any CodingKey)?
    let options: JSONTreeDecoder

    init(value: JSONValue, parent: JSONValueDecoder?, key: (any CodingKey)?, options: JSONTreeDecoder) {
        self.value = value
        self.parent = parent
        self.key = key
        self.options = options
    }

    var codingPath: [any CodingKey] {
        var keys: [any CodingKey] = []
        var decoder: JSONValueDecoder? = self
        while let current = decoder {
            if let key = current.key { keys.append(key) }
            decoder = current.parent
        }
        return keys.reversed()
    }

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let object) = value else { throw mismatch([String: Any].self, value, key: nil) }
        return KeyedDecodingContainer(JSONKeyedContainer<Key>(object: object, decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = value else { throw mismatch([Any].self, value, key: nil) }
        return JSONUnkeyedContainer(elements: elements, decoder: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    // MARK: The single value

    func decodeNil() -> Bool {
        if case .null = value { true } else { false }
    }

    func decode(_ type: Bool.Type) throws -> Bool { try unboxBool(value, key: nil) }
    func decode(_ type: String.Type) throws -> String { try unboxString(value, key: nil) }
    func decode(_ type: Double.Type) throws -> Double { try unboxDouble(value, key: nil) }
    func decode(_ type: Float.Type) throws -> Float { Float(try unboxDouble(value, key: nil)) }
    func decode(_ type: Int.Type) throws -> Int { try unboxInteger(value, key: nil) }
    func decode(_ type: Int8.Type) throws -> Int8 { try unboxInteger(value, key: nil) }
    func decode(_ type: Int16.Type) throws -> Int16 { try unboxInteger(value, key: nil) }
    func decode(_ type: Int32.Type) throws -> Int32 { try unboxInteger(value, key: nil) }
    func decode(_ type: Int64.Type) throws -> Int64 { try unboxInteger(value, key: nil) }
    func decode(_ type: UInt.Type) throws -> UInt { try unboxInteger(value, key: nil) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try unboxInteger(value, key: nil) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try unboxInteger(value, key: nil) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try unboxInteger(value, key: nil) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try unboxInteger(value, key: nil) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try unbox(value, as: type, key: nil) }

    // MARK: Unboxing a member or element of this value (`key` names it; nil is this value itself)

    func path(_ key: (any CodingKey)?) -> [any CodingKey] {
        codingPath + (key.map { [$0] } ?? [])
    }

    func mismatch(_ type: Any.Type, _ found: JSONValue, key: (any CodingKey)?) -> DecodingError {
        if case .null = found {
            return .valueNotFound(type, .init(codingPath: path(key), debugDescription: "Cannot get value of type \(type) -- found null value instead"))
        }
        return .typeMismatch(type, .init(codingPath: path(key), debugDescription: "Expected to decode \(type) but found \(found.kindName) instead."))
    }

    func unboxBool(_ value: JSONValue, key: (any CodingKey)?) throws -> Bool {
        guard case .bool(let bool) = value else { throw mismatch(Bool.self, value, key: key) }
        return bool
    }

    func unboxString(_ value: JSONValue, key: (any CodingKey)?) throws -> String {
        guard case .string(let string) = value else { throw mismatch(String.self, value, key: key) }
        return string
    }

    func unboxDouble(_ value: JSONValue, key: (any CodingKey)?) throws -> Double {
        switch value {
        case .integer(let integer): return Double(integer)
        case .number(let number): return number
        default: throw mismatch(Double.self, value, key: key)
        }
    }

    func unboxInteger<T: FixedWidthInteger>(_ value: JSONValue, key: (any CodingKey)?) throws -> T {
        let converted: T?
        switch value {
        case .integer(let integer): converted = T(exactly: integer)
        case .number(let number): converted = T(exactly: number)
        default: throw mismatch(T.self, value, key: key)
        }
        guard let converted else {
            throw DecodingError.dataCorrupted(.init(codingPath: path(key), debugDescription: "the number does not fit in \(T.self)"))
        }
        return converted
    }

    func unbox<T: Decodable>(_ value: JSONValue, as type: T.Type, key: (any CodingKey)?) throws -> T {
        if type == Date.self, let dateFromText = options.dateFromText {
            switch dateFromText(try unboxString(value, key: key)) {
            case .success(let date): return date as! T
            case .failure(let problem): throw DecodingError.dataCorrupted(.init(codingPath: path(key), debugDescription: problem.description))
            }
        }
        return try T(from: JSONValueDecoder(value: value, parent: self, key: key, options: options))
    }
}
