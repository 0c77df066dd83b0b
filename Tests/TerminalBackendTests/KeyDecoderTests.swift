@testable import TerminalBackend
import QuizUI
import XCTest

/// Keys whose sequences the terminal's description does not know (an xterm's under TERM=vt100) are read whole.
final class KeyDecoderTests: XCTestCase {
    private func key(_ text: String) -> Key? {
        KeyDecoder.key(escapeSequence: text.unicodeScalars.map(\.value))
    }

    func testCommonSequencesNameTheirKeys() {
        XCTAssertEqual(key("[6~"), .pageDown)
        XCTAssertEqual(key("[5~"), .pageUp)
        XCTAssertEqual(key("[A"), .up)
        XCTAssertEqual(key("OB"), .down)
        XCTAssertEqual(key("[1;5C"), .right)
        XCTAssertEqual(key("[H"), .home)
        XCTAssertEqual(key("[4~"), .end)
    }

    func testUnknownOrBrokenSequencesNameNothing() {
        XCTAssertNil(key("[15~"), "F5 is no key of the app")
        XCTAssertNil(key("[Z"))
        XCTAssertNil(key("["))
        XCTAssertNil(key("x~"))
    }

    func testTheEndOfASequenceIsItsFinalCharacter() {
        XCTAssertTrue(KeyDecoder.endsSequence(UInt32(UInt8(ascii: "~"))))
        XCTAssertTrue(KeyDecoder.endsSequence(UInt32(UInt8(ascii: "A"))))
        XCTAssertFalse(KeyDecoder.endsSequence(UInt32(UInt8(ascii: "6"))))
        XCTAssertFalse(KeyDecoder.endsSequence(UInt32(UInt8(ascii: ";"))))
    }
}
