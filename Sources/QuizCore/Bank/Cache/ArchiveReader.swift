import Foundation

/// Why bytes did not read back as an archive: they are never trusted, only rejected.
public struct ArchiveError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    /// How far into the bytes the reader was.
    public let offset: Int

    public var description: String {
        "\(message) at byte \(offset)"
    }
}

/// Reads what `ArchiveWriter` wrote, checking every step: a value that runs past the end, a length or count larger
/// than the bytes left, a flag that is neither 0 nor 1, invalid UTF-8 or an unknown enum value throws; nothing traps
/// and no hostile length allocates more than the input's size.
struct ArchiveReader {
    private let bytes: [UInt8]
    private(set) var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var remaining: Int {
        bytes.count - offset
    }

    func failure(_ message: String) -> ArchiveError {
        ArchiveError(message: message, offset: offset)
    }

    /// Throws unless every byte was read.
    func finish() throws(ArchiveError) {
        guard remaining == 0 else { throw failure("\(remaining) bytes left over") }
    }

    mutating func readUInt64() throws(ArchiveError) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count else { throw failure("a number runs past the end") }
            let byte = bytes[offset]
            offset += 1
            guard shift < 64, shift < 63 || byte <= 1 else { throw failure("a number is too large") }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    mutating func readInt() throws(ArchiveError) -> Int {
        let zigzag = try readUInt64()
        let signed = Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1)
        guard let value = Int(exactly: signed) else { throw failure("a number is out of range") }
        return value
    }

    /// A count of things still to read, each at least `minimumSize` bytes: never more than the bytes left allow.
    mutating func readCount(minimumSize: Int = 1) throws(ArchiveError) -> Int {
        let count = try readUInt64()
        guard count <= UInt64(remaining / max(minimumSize, 1)) else { throw failure("a count of \(count) is more than the bytes left") }
        return Int(count)
    }

    mutating func readBool() throws(ArchiveError) -> Bool {
        guard offset < bytes.count else { throw failure("a flag runs past the end") }
        let byte = bytes[offset]
        guard byte <= 1 else { throw failure("a flag is \(byte), not 0 or 1") }
        offset += 1
        return byte == 1
    }

    /// Text checked to be valid UTF-8: decoding repairs anything invalid, and a repaired text's bytes differ from those
    /// read (the generic `String(validating:as:)` costs several times as much).
    mutating func readString() throws(ArchiveError) -> String {
        let length = try readCount()
        guard length > 0 else { return "" }
        let start = offset
        let text: String? = bytes.withUnsafeBufferPointer { all in
            let written = UnsafeBufferPointer(rebasing: all[start..<start + length])
            var text = String(decoding: written, as: UTF8.self)
            let unchanged = text.withUTF8 { $0.count == length && memcmp($0.baseAddress!, written.baseAddress!, length) == 0 }
            return unchanged ? text : nil
        }
        guard let text else { throw failure("a string is not valid UTF-8") }
        offset += length
        return text
    }

    mutating func readOptional<Value>(_ readValue: (inout ArchiveReader) throws(ArchiveError) -> Value) throws(ArchiveError) -> Value? {
        try readBool() ? try readValue(&self) : nil
    }

    mutating func readList<Element>(_ readElement: (inout ArchiveReader) throws(ArchiveError) -> Element) throws(ArchiveError) -> [Element] {
        let count = try readCount()
        var list: [Element] = []
        list.reserveCapacity(count)
        for _ in 0..<count { list.append(try readElement(&self)) }
        return list
    }

    mutating func readRaw<Value: RawRepresentable>(_ type: Value.Type) throws(ArchiveError) -> Value where Value.RawValue == String {
        let raw = try readString()
        guard let value = Value(rawValue: raw) else { throw failure("\"\(raw)\" is not a \(Value.self)") }
        return value
    }
}
