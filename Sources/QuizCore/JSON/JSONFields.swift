import Foundation

/// A type read member by member from a JSON object: the hand-written fast path for the entries a large bank or a
/// long history holds by the hundred thousand, where `Decodable`'s generic containers cost more than the parsing.
protocol JSONReadable: Decodable {
    init(json fields: inout JSONFields) throws
}

extension JSONReadable {
    /// For `init(from:)`: reads through `JSONReadable` when `JSONTreeDecoder` is the decoder.
    init(treeDecoder decoder: any Decoder) throws {
        guard let decoder = decoder as? JSONValueDecoder else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\(Self.self) is read only by JSONTreeDecoder"))
        }
        var fields = try JSONFields(decoder)
        try self.init(json: &fields)
    }
}

/// The members of one JSON object, read by name with the `DecodingError`s a `Decodable` type would throw, and
/// remembering which were read so that the rest can be reported as unknown.
struct JSONFields {
    let object: JSONObject
    let options: JSONTreeDecoder
    /// Where the object sits, for the coding path of an error: its parent's decoder and its own key.
    private let parent: JSONValueDecoder?
    private let ownKey: (any CodingKey)?
    /// The object's own decoder, made only when an error or a `Decodable` member needs it.
    private var madeDecoder: JSONValueDecoder?
    /// Which member positions were read: bit N for position N below 64, the set for the rest.
    private var readMask: UInt64 = 0
    private var readBeyondMask: Set<Int> = []

    init(_ decoder: JSONValueDecoder) throws {
        guard case .object(let object) = decoder.value else { throw decoder.mismatch([String: Any].self, decoder.value, key: nil) }
        self.object = object
        options = decoder.options
        parent = decoder.parent
        ownKey = decoder.key
        madeDecoder = decoder
    }

    /// The fields of `value`, the member or element `key` of what `parent` decodes.
    init(_ value: JSONValue, parent: JSONValueDecoder, key: any CodingKey) throws {
        guard case .object(let object) = value else { throw parent.mismatch([String: Any].self, value, key: key) }
        self.object = object
        options = parent.options
        self.parent = parent
        ownKey = key
    }

    private mutating func decoder() -> JSONValueDecoder {
        if let madeDecoder { return madeDecoder }
        let decoder = JSONValueDecoder(value: .object(object), parent: parent, key: ownKey, options: options)
        madeDecoder = decoder
        return decoder
    }

    /// The keys that were never read, in name order.
    var unreadKeys: [String] {
        object.members.indices.filter { !wasRead($0) }.map { object.members[$0].key }.sorted()
    }

    private func wasRead(_ position: Int) -> Bool {
        position < 64 ? readMask & (1 << UInt64(position)) != 0 : readBeyondMask.contains(position)
    }

    /// The member named `key` when present and not null.
    private mutating func member(_ key: String) -> JSONValue? {
        options.keyRecorder?.keys.insert(key)
        guard let position = object.position(of: key) else { return nil }
        if position < 64 { readMask |= 1 << UInt64(position) } else { readBeyondMask.insert(position) }
        let value = object.members[position].value
        if case .null = value { return nil }
        return value
    }

    mutating func required<T>(_ value: T?, _ key: String) throws -> T {
        if let value { return value }
        if case .null? = object[key] { throw decoder().mismatch(T.self, .null, key: JSONNameKey(key)) }
        throw DecodingError.keyNotFound(JSONNameKey(key), .init(codingPath: decoder().codingPath, debugDescription: "No value associated with key \"\(key)\"."))
    }

    mutating func string(_ key: String) throws -> String? {
        guard let value = member(key) else { return nil }
        if case .string(let string) = value { return string }
        throw decoder().mismatch(String.self, value, key: JSONNameKey(key))
    }

    mutating func bool(_ key: String) throws -> Bool? {
        guard let value = member(key) else { return nil }
        if case .bool(let bool) = value { return bool }
        throw decoder().mismatch(Bool.self, value, key: JSONNameKey(key))
    }

    mutating func int(_ key: String) throws -> Int? {
        guard let value = member(key) else { return nil }
        if case .integer(let integer) = value, let int = Int(exactly: integer) { return int }
        return try decoder().unboxInteger(value, key: JSONNameKey(key))
    }

    mutating func double(_ key: String) throws -> Double? {
        guard let value = member(key) else { return nil }
        switch value {
        case .number(let number): return number
        case .integer(let integer): return Double(integer)
        default: throw decoder().mismatch(Double.self, value, key: JSONNameKey(key))
        }
    }

    /// Any `Decodable` member (dates go through the decoder's date reading).
    mutating func value<T: Decodable>(_ key: String, as type: T.Type) throws -> T? {
        guard let value = member(key) else { return nil }
        if type == Date.self, let dateFromText = options.dateFromText, case .string(let text) = value, case .success(let date) = dateFromText(text) {
            return (date as! T)
        }
        return try decoder().unbox(value, as: type, key: JSONNameKey(key))
    }

    /// A list of hand-read entries, read without `Decodable`'s generic list containers.
    mutating func list<T: JSONReadable>(_ key: String, of type: T.Type) throws -> [T]? {
        guard let value = member(key) else { return nil }
        let name = JSONNameKey(key)
        guard case .array(let elements) = value else { throw decoder().mismatch([T].self, value, key: name) }
        let listDecoder = JSONValueDecoder(value: value, parent: decoder(), key: name, options: options)
        var entries: [T] = []
        entries.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            var fields = try JSONFields(element, parent: listDecoder, key: JSONIndexKey(index))
            entries.append(try T(json: &fields))
        }
        return entries
    }

    /// An object of hand-read entries by key.
    mutating func dictionary<T: JSONReadable>(_ key: String, of type: T.Type) throws -> [String: T]? {
        guard let value = member(key) else { return nil }
        let name = JSONNameKey(key)
        guard case .object(let object) = value else { throw decoder().mismatch([String: T].self, value, key: name) }
        let objectDecoder = JSONValueDecoder(value: value, parent: decoder(), key: name, options: options)
        var entries: [String: T] = [:]
        entries.reserveCapacity(object.members.count)
        for member in object.members {
            var fields = try JSONFields(member.value, parent: objectDecoder, key: JSONNameKey(member.key))
            entries[member.key] = try T(json: &fields)
        }
        return entries
    }

    /// A list of whole numbers.
    mutating func integers(_ key: String) throws -> [Int]? {
        guard let value = member(key) else { return nil }
        let name = JSONNameKey(key)
        guard case .array(let elements) = value else { throw decoder().mismatch([Int].self, value, key: name) }
        var numbers: [Int] = []
        numbers.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            if case .integer(let integer) = element, let number = Int(exactly: integer) {
                numbers.append(number)
            } else {
                let listDecoder = JSONValueDecoder(value: value, parent: decoder(), key: name, options: options)
                numbers.append(try listDecoder.unboxInteger(element, key: JSONIndexKey(index)))
            }
        }
        return numbers
    }

    /// The error for a member of the right type whose value is not allowed.
    mutating func invalid(_ key: String, _ description: String) -> DecodingError {
        .dataCorrupted(.init(codingPath: decoder().codingPath + [JSONNameKey(key)], debugDescription: description))
    }

    mutating func requiredString(_ key: String) throws -> String { try required(string(key), key) }
    mutating func requiredBool(_ key: String) throws -> Bool { try required(bool(key), key) }
    mutating func requiredInt(_ key: String) throws -> Int { try required(int(key), key) }
    mutating func requiredDouble(_ key: String) throws -> Double { try required(double(key), key) }
    mutating func requiredList<T: JSONReadable>(_ key: String, of type: T.Type) throws -> [T] { try required(list(key, of: type), key) }
    mutating func requiredIntegers(_ key: String) throws -> [Int] { try required(integers(key), key) }
    mutating func requiredValue<T: Decodable>(_ key: String, as type: T.Type) throws -> T { try required(value(key, as: type), key) }
}

/// A member's name, as a coding key.
struct JSONNameKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
