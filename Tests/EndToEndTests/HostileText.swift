import Foundation
import XCTest

/// Escape sequences a hostile file can hold, and the check that none reaches a terminal raw.
enum HostileText {
    /// OSC 52: writes "hello" to the clipboard of the terminal that prints it.
    static let clipboardWrite = "\u{1B}]52;c;aGVsbG8=\u{07}"
    /// How `clipboardWrite` must be shown instead.
    static let clipboardWriteShown = #"\u{1B}]52;c;aGVsbG8=\u{7}"#
    /// Sets the window title.
    static let windowTitle = "\u{1B}]0;pwned\u{07}"
    static let windowTitleShown = #"\u{1B}]0;pwned\u{7}"#
    /// The same as JSON text, to write into files.
    static let clipboardWriteInJSON = #"\u001b]52;c;aGVsbG8=\u0007"#
    static let windowTitleInJSON = #"\u001b]0;pwned\u0007"#

    /// Fails when `text` holds a control character other than a line feed, a tab or the CR of a CRLF.
    static func assertNoRawControl(_ text: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        let scalars = Array(text.unicodeScalars)
        let raw = scalars.indices.filter { index in
            let value = scalars[index].value
            guard value < 0x20 || (0x7F...0x9F).contains(value) else { return false }
            if value == 0x0A || value == 0x09 { return false }
            return !(value == 0x0D && index + 1 < scalars.count && scalars[index + 1] == "\n")
        }
        XCTAssertTrue(raw.isEmpty, "\(what) printed \(raw.count) raw control characters: \(text.debugDescription)", file: file, line: line)
    }
}
