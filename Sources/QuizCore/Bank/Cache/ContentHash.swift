/// A fast hash of bytes, 256 bits out of 128 of state, for noticing change (a bank file edited, a cache file
/// damaged), not for resisting an attacker: the cache lives in the learner's own folder. It costs about one
/// instruction per byte, where SHA-256 cost 30 (callgrind, on the bundled bank: more than the bank's full load).
struct ContentHash {
    private var first: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var second: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private var length: UInt64 = 0

    static func of(_ bytes: [UInt8]) -> [UInt8] {
        var hash = ContentHash()
        bytes.withUnsafeBytes { hash.update($0) }
        return hash.finish()
    }

    /// Adds bytes; the same pieces in the same order always give the same hash.
    mutating func update(_ buffer: UnsafeRawBufferPointer) {
        let count = buffer.count
        var index = 0
        while index + 8 <= count {
            mix(UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
            index += 8
        }
        if index < count {
            var last = UInt64(count - index) << 56
            for position in index..<count { last |= UInt64(buffer[position]) << (8 * UInt64(position - index)) }
            mix(last)
        }
        length &+= UInt64(count)
    }

    func finish() -> [UInt8] {
        let one = Self.finalMix(first ^ length)
        let two = Self.finalMix(second ^ Self.rotated(length, by: 32) ^ one)
        let three = Self.finalMix(one &+ two &* 0x9FB2_1C65_1E98_DF25)
        let four = Self.finalMix(two ^ three ^ 0x27D4_EB2F_1656_67C5)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for word in [one, two, three, four] {
            withUnsafeBytes(of: word.littleEndian) { bytes += $0 }
        }
        return bytes
    }

    private mutating func mix(_ word: UInt64) {
        first = Self.rotated((first ^ word) &* 0x9FB2_1C65_1E98_DF25, by: 27)
        second = Self.rotated((second &+ word) &* 0xFF51_AFD7_ED55_8CCD, by: 31) ^ first
    }

    private static func rotated(_ value: UInt64, by count: UInt64) -> UInt64 {
        value << count | value >> (64 - count)
    }

    /// MurmurHash3's finaliser: every input bit reaches every output bit.
    private static func finalMix(_ value: UInt64) -> UInt64 {
        var mixed = value
        mixed ^= mixed >> 33
        mixed &*= 0xFF51_AFD7_ED55_8CCD
        mixed ^= mixed >> 33
        mixed &*= 0xC4CE_B9FE_1A85_EC53
        mixed ^= mixed >> 33
        return mixed
    }
}
