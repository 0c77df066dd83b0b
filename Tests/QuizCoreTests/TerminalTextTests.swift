import Foundation
import Testing
@testable import QuizCore

/// Text from files made safe for a terminal: no C0, DEL or C1 control character comes out raw, whatever the format.
@Suite struct TerminalTextTests {
    static let clipboardWrite = "id\u{1B}]52;c;aGVsbG8=\u{07}end"
    static let windowTitle = "\u{1B}]0;pwned\u{1B}\\"

    @Test func anOSC52ClipboardWriteIsShownNotSent() {
        #expect(TerminalText.neutralised(Self.clipboardWrite) == #"id\u{1B}]52;c;aGVsbG8=\u{7}end"#)
    }

    @Test func everyC0DELAndC1CharacterIsShownVisibly() {
        let controls = (0x00...0x1F).map { $0 } + [0x7F] + (0x80...0x9F).map { $0 }
        for value in controls where value != 0x0A && value != 0x09 {
            let text = "a" + String(Unicode.Scalar(UInt8(value))) + "b"
            let safe = TerminalText.neutralised(text)
            #expect(!safe.unicodeScalars.contains { TerminalText.isControl($0) }, "U+\(String(value, radix: 16)) came out raw")
            #expect(safe == "a\\u{\(String(value, radix: 16, uppercase: true))}b")
        }
        #expect(TerminalText.neutralised(Self.windowTitle) == #"\u{1B}]0;pwned\u{1B}\"#)
    }

    @Test func lineFeedsTabsAndTheCarriageReturnOfACRLFAreKept() {
        #expect(TerminalText.neutralised("a\tb\r\nc\nd") == "a\tb\r\nc\nd")
        #expect(TerminalText.neutralised("overwrite\rme\r\n") == "overwrite\\u{D}me\r\n", "a lone CR could hide what is before it")
        #expect(TerminalText.neutralised("plain, ünïcode ✓") == "plain, ünïcode ✓")
    }

    @Test func jsonKeepsTheDataWholeAsEscapes() throws {
        let record = ["id": "x\u{9B}31m\u{7F}" + Self.clipboardWrite]
        let encoded = String(decoding: try JSONEncoder().encode(record), as: UTF8.self)
        let safe = TerminalText.neutralisedJSON(encoded + "\n")
        #expect(!safe.dropLast().unicodeScalars.contains { TerminalText.isControl($0) })
        #expect(safe.hasSuffix("\n"))
        let decoded = try JSONDecoder().decode([String: String].self, from: Data(safe.utf8))
        #expect(decoded == record, "the escapes read back as the same characters")
    }
}
