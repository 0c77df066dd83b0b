/// A JSON document as read by `JSONParser`: every value, with each object's keys in the order written.
enum JSONValue: Sendable {
    case null
    case bool(Bool)
    /// A number written without fraction or exponent that fits in 64 bits.
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// How an error message names this kind of value.
    var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "true or false"
        case .integer, .number: "a number"
        case .string: "text"
        case .array: "a list"
        case .object: "an object"
        }
    }
}

/// One key and its value in a JSON object.
struct JSONMember: Sendable {
    let key: String
    let value: JSONValue
    /// `JSONMember.fingerprint(of: key)`, so that looking a key up compares numbers before it compares text.
    let keyFingerprint: UInt64

    init(key: String, value: JSONValue, keyFingerprint: UInt64? = nil) {
        self.key = key
        self.value = value
        self.keyFingerprint = keyFingerprint ?? Self.fingerprint(of: key)
    }

    static func fingerprint(of key: String) -> UInt64 {
        var key = key
        return key.withUTF8(fingerprint(of:))
    }

    /// FNV-1a of a key's UTF-8.
    static func fingerprint(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}

/// A JSON object's members in written order; each key appears once (the parser refuses a repeated key).
struct JSONObject: Sendable {
    let members: [JSONMember]
    /// Objects larger than this are looked up through a dictionary; smaller ones by a scan, which is faster.
    static let scanLimit = 16
    private let index: [String: Int]?

    init(members: [JSONMember]) {
        self.members = members
        index = members.count > Self.scanLimit ? Dictionary(members.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first }) : nil
    }

    var keys: [String] { members.map(\.key) }

    subscript(key: String) -> JSONValue? {
        position(of: key).map { members[$0].value }
    }

    func position(of key: String) -> Int? {
        if let index { return index[key] }
        let fingerprint = JSONMember.fingerprint(of: key)
        for position in members.indices where members[position].keyFingerprint == fingerprint && members[position].key == key {
            return position
        }
        return nil
    }
}
