import Foundation

/// Any JSON value, with a boolean kept apart from a number and `null` a value of its own. Mutable by key, so a test
/// can break a valid document in one place.
enum JSONDocument: Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONDocument])
    case object([String: JSONDocument])

    /// Parsed by JSONSerialization (decoding through `Decodable` by trial and error is a hundred times slower).
    static func parse(_ text: String) throws -> JSONDocument {
        try JSONDocument(JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed))
    }

    private static let booleanType = type(of: NSNumber(value: true))

    private init(_ parsed: Any) throws {
        switch parsed {
        case is NSNull:
            self = .null
        case let number as NSNumber where type(of: number) == Self.booleanType:
            self = .bool(number.boolValue)
        case let number as NSNumber:
            self = .number(number.doubleValue)
        case let text as String:
            self = .string(text)
        case let items as [Any]:
            self = .array(try items.map(JSONDocument.init))
        case let members as [String: Any]:
            self = .object(try members.mapValues(JSONDocument.init))
        default:
            throw CocoaError(.propertyListReadCorrupt)
        }
    }

    /// The member `key` of an object; nil for a missing key or a value that is not an object. Setting nil removes it.
    subscript(key: String) -> JSONDocument? {
        get {
            guard case .object(let members) = self else { return nil }
            return members[key]
        }
        set {
            guard case .object(var members) = self else { return }
            members[key] = newValue
            self = .object(members)
        }
    }

    /// The element at `index` of an array.
    subscript(index: Int) -> JSONDocument? {
        get {
            guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
            return elements[index]
        }
        set {
            guard case .array(var elements) = self, elements.indices.contains(index), let newValue else { return }
            elements[index] = newValue
            self = .array(elements)
        }
    }

    var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    var array: [JSONDocument]? {
        if case .array(let value) = self { return value }
        return nil
    }

    var object: [String: JSONDocument]? {
        if case .object(let value) = self { return value }
        return nil
    }
}
