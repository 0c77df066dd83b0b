import Foundation

/// Reads the plain, common forms of JSON straight from the bytes, building nothing: text of printable ASCII without
/// escapes, numbers, true and false, and lists and objects of those. At any other form it gives up (nil or false),
/// and the caller leaves the value to `JSONParser`, which reads every form and says what is wrong; what it does
/// accept, `JSONParser` reads as the same values. It does not look for a key given twice: its callers know their
/// keys and give up at one they have already read.
struct JSONPlainReader {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) {
        self.bytes = bytes
        self.position = position
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    /// Moves past `byte` (after any whitespace) if it comes next.
    mutating func take(_ byte: UInt8) -> Bool {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    /// Text in double quotes, as its bytes without the quotes: printable ASCII, no escapes.
    mutating func text() -> UnsafeBufferPointer<UInt8>? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let base = bytes.baseAddress!
        let start = position
        var at = start
        while at + 8 <= bytes.count {
            let ends = Self.mayEndText(UnsafeRawPointer(base + at).loadUnaligned(as: UInt64.self))
            guard ends == 0 else {
                at += ends.trailingZeroBitCount / 8
                break
            }
            at += 8
        }
        while at < bytes.count {
            let byte = base[at]
            if byte == UInt8(ascii: "\"") {
                position = at + 1
                return UnsafeBufferPointer(start: base + start, count: at - start)
            }
            guard byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\\") else { return nil }
            at += 1
        }
        return nil
    }

    /// `true` or `false`.
    mutating func bool() -> Bool? {
        skipWhitespace()
        if matches("true") { return true }
        if matches("false") { return false }
        return nil
    }

    /// A number written as a whole number of at most 18 digits (no fraction or exponent).
    mutating func wholeNumber() -> Int? {
        let start = position
        guard let (digits, integral) = numberText(), integral, let value = wholeValue(digits) else {
            position = start
            return nil
        }
        return value
    }

    /// Any number, as `JSONParser` and `JSONFields.double` read it: a whole number of up to 18 digits exactly, any
    /// other as `Double(String)` does; nil for one too large for a `Double`.
    mutating func number() -> Double? {
        let start = position
        guard let (digits, integral) = numberText() else { return nil }
        if integral, let whole = wholeValue(digits) { return Double(whole) }
        if let decimal = shortDecimal(from: start) { return decimal }
        guard let value = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)), value.isFinite else {
            position = start
            return nil
        }
        return value
    }

    /// Reads an object: after each key `member` reads the value (the reader is at it), told the key's place in
    /// `names` (nil for a key not among them), and returns false to give up. Keys are looked for first in the order
    /// srm-quiz writes them (sorted), just after the last one found, which spares reading most of them as text; any
    /// other order reads the same, only slower.
    @inline(__always)
    mutating func object(_ names: Names, _ member: (_ index: Int?, _ reader: inout JSONPlainReader) -> Bool) -> Bool {
        guard take(UInt8(ascii: "{")) else { return false }
        if take(UInt8(ascii: "}")) { return true }
        var rank = 0
        repeat {
            skipWhitespace()
            let index: Int?
            if let (found, foundRank) = names.quotedName(in: bytes, at: &position, rankedFrom: rank) {
                index = found
                rank = foundRank + 1
            } else {
                guard let key = text() else { return false }
                index = names.index(of: key)
            }
            guard take(UInt8(ascii: ":")) else { return false }
            skipWhitespace()
            guard member(index, &self) else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "}"))
    }

    /// Reads a list: `element` reads each element (the reader is at it) and returns false to give up.
    @inline(__always)
    mutating func list(_ element: (_ reader: inout JSONPlainReader) -> Bool) -> Bool {
        guard take(UInt8(ascii: "[")) else { return false }
        if take(UInt8(ascii: "]")) { return true }
        repeat {
            skipWhitespace()
            guard element(&self) else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "]"))
    }

    /// The names of an object's members, to tell which one a key's bytes spell without making text of them.
    struct Names {
        private let names: [[UInt8]]
        /// Each name's first eight bytes (fewer padded with zeros), to rule out most names by one comparison.
        private let heads: [UInt64]

        /// Each name in double quotes, as it is written.
        private let quoted: [[UInt8]]
        /// The positions of the names in the order of their bytes, the order of a sorted encoder's keys.
        private let sorted: [Int]

        init(_ names: [String]) {
            let spelled = names.map { Array($0.utf8) }
            self.names = spelled
            heads = spelled.map { name in name.withUnsafeBufferPointer(Self.head) }
            quoted = spelled.map { [UInt8(ascii: "\"")] + $0 + [UInt8(ascii: "\"")] }
            sorted = spelled.indices.sorted { spelled[$0].lexicographicallyPrecedes(spelled[$1]) }
        }

        /// How far ahead in the sorted order a key is looked for: past optional members a writer left out.
        private static let lookahead = 3

        /// The position of the name written in double quotes at `position` (moved past it), looking only at the few
        /// names from `rank` on in the sorted order, with that name's rank; nil (not moved) for any other text.
        func quotedName(in bytes: UnsafeBufferPointer<UInt8>, at position: inout Int, rankedFrom rank: Int) -> (index: Int, rank: Int)? {
            for candidate in rank..<min(sorted.count, rank + Self.lookahead) {
                let index = sorted[candidate]
                let written = quoted[index].withUnsafeBufferPointer { name in
                    bytes.count - position >= name.count && memcmp(bytes.baseAddress! + position, name.baseAddress!, name.count) == 0
                }
                if written {
                    position += quoted[index].count
                    return (index, candidate)
                }
            }
            return nil
        }

        /// The position of the name `key` spells, or nil.
        func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
            let head = Self.head(key)
            for index in names.indices where heads[index] == head && names[index].count == key.count {
                if key.count <= 8 { return index }
                let same = names[index].withUnsafeBufferPointer { memcmp($0.baseAddress! + 8, key.baseAddress! + 8, key.count - 8) == 0 }
                if same { return index }
            }
            return nil
        }

        private static func head(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
            if bytes.count >= 8 { return UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(as: UInt64.self) }
            var head: UInt64 = 0
            for (position, byte) in bytes.enumerated() { head |= UInt64(byte) << (8 * UInt64(position)) }
            return head
        }
    }

    private mutating func matches(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard bytes.count - position >= count, memcmp(bytes.baseAddress! + position, word.utf8Start, count) == 0 else { return false }
        position += count
        return true
    }

    /// Moves past a number written as JSON allows (`-`, no leading zero, digits after `.` and the exponent), returning
    /// its sign and whole-number digits and whether it had neither fraction nor exponent; nil (not moved) otherwise.
    private mutating func numberText() -> (digits: (negative: Bool, range: Range<Int>), integral: Bool)? {
        let start = position
        let negative = position < bytes.count && bytes[position] == UInt8(ascii: "-")
        if negative { position += 1 }
        let digitsStart = position
        skipDigits()
        let digits = digitsStart..<position
        guard !digits.isEmpty, bytes[digitsStart] != UInt8(ascii: "0") || digits.count == 1 else {
            position = start
            return nil
        }
        var integral = true
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            integral = false
            position += 1
            guard skipDigits() > 0 else {
                position = start
                return nil
            }
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            integral = false
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard skipDigits() > 0 else {
                position = start
                return nil
            }
        }
        return ((negative, digits), integral)
    }

    @discardableResult
    private mutating func skipDigits() -> Int {
        let start = position
        while position < bytes.count, bytes[position] &- UInt8(ascii: "0") < 10 { position += 1 }
        return position - start
    }

    /// Powers of ten a `Double` holds exactly.
    private static let exactPowersOfTen: [Double] = (0...22).map { pow(10, Double($0)) }

    /// A number written with a fraction and no exponent, of at most 15 digits in all, from `start` to the position:
    /// its digits as a whole number over a power of ten, both exact in a `Double`, so the one rounding of the division
    /// gives the nearest `Double`, as `Double(String)` does (Clinger's fast path); nil for any other.
    private func shortDecimal(from start: Int) -> Double? {
        var mantissa = 0
        var digits = 0
        var fractionDigits = 0
        var inFraction = false
        for index in start..<position {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "-"): continue
            case UInt8(ascii: "."): inFraction = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                guard digits <= 15 else { return nil }
                mantissa = mantissa * 10 + Int(byte &- UInt8(ascii: "0"))
                if inFraction { fractionDigits += 1 }
            default: return nil
            }
        }
        let value = Double(mantissa) / Self.exactPowersOfTen[fractionDigits]
        return bytes[start] == UInt8(ascii: "-") ? -value : value
    }

    /// The high bit of each of the eight bytes of `word` (read little-endian) that may be a quote, a backslash, a
    /// control character or not ASCII; 0 for none. The lowest bit set is exact: only bytes above a flagged one can
    /// be flagged wrongly, so it marks the first such byte.
    private static func mayEndText(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func zeroBytes(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
        let belowSpace = (word &- ones &* 0x20) & ~word & highs
        return word & highs | belowSpace | zeroBytes(word ^ (ones &* 0x22)) | zeroBytes(word ^ (ones &* 0x5C))
    }

    /// The value of whole-number digits, or nil beyond 18 digits (where `JSONParser` may read them otherwise).
    private func wholeValue(_ digits: (negative: Bool, range: Range<Int>)) -> Int? {
        guard digits.range.count <= 18 else { return nil }
        var value = 0
        for index in digits.range { value = value * 10 + Int(bytes[index] &- UInt8(ascii: "0")) }
        return digits.negative ? -value : value
    }
}
