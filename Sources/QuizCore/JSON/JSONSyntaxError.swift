/// Why a text is not JSON, and where: a 1-based line, and a column counted in characters.
struct JSONSyntaxError: Error, Equatable {
    let line: Int
    let column: Int
    let reason: String
    /// The text stopped before the JSON was complete, as a file cut short does.
    let truncated: Bool

    var message: String {
        "not valid JSON at line \(line), column \(column): \(reason)"
    }

    /// The line and column of the byte at `offset` in UTF-8 `bytes`.
    static func place(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
