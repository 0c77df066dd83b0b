/// Appends values to a compact binary form: LEB128 varints, zigzag for signed numbers, length-prefixed UTF-8 strings.
/// `ArchiveReader` reads them back in the same order.
struct ArchiveWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func write(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func write(_ value: Int) {
        let signed = Int64(value)
        write(UInt64(bitPattern: (signed << 1) ^ (signed >> 63)))
    }

    mutating func writeCount(_ count: Int) {
        write(UInt64(count))
    }

    mutating func write(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            writeCount(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// A present flag, then the value when there is one.
    mutating func write<Value>(_ value: Value?, _ writeValue: (inout ArchiveWriter, Value) -> Void) {
        write(value != nil)
        if let value { writeValue(&self, value) }
    }

    /// The count, then each element.
    mutating func write<Element>(_ list: [Element], _ writeElement: (inout ArchiveWriter, Element) -> Void) {
        writeCount(list.count)
        for element in list { writeElement(&self, element) }
    }

    mutating func write<Value: RawRepresentable>(raw value: Value) where Value.RawValue == String {
        write(value.rawValue)
    }
}
