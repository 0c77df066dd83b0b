import CNcursesw
import QuizUI

/// Turns what `wget_wch` returned into a `Key`.
enum KeyDecoder {
    static func key(status: Int32, code: UInt32) -> Key? {
        if status == KEY_CODE_YES {
            switch Int32(code) {
            case KEY_UP: return .up
            case KEY_DOWN: return .down
            case KEY_LEFT: return .left
            case KEY_RIGHT: return .right
            case KEY_PPAGE: return .pageUp
            case KEY_NPAGE: return .pageDown
            case KEY_HOME: return .home
            case KEY_END: return .end
            case KEY_ENTER: return .enter
            case KEY_BACKSPACE: return .backspace
            case KEY_RESIZE: return .resize
            default: return nil
            }
        }
        guard status == OK else { return nil }
        switch code {
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 9: return .tab
        default:
            guard let scalar = Unicode.Scalar(code), !scalar.properties.generalCategory.isControl else { return nil }
            return .character(Character(scalar))
        }
    }
}

extension KeyDecoder {
    /// The key an escape sequence names when the terminal's description did not (an xterm's keys under TERM=vt100):
    /// `rest` is what came after Esc, `[` or `O` then parameters and a final character. Nil for one it does not know,
    /// which is dropped rather than read as Esc and characters.
    static func key(escapeSequence rest: [UInt32]) -> Key? {
        guard rest.count >= 2, let introducer = rest.first, introducer == 0x5B || introducer == 0x4F,
              let final = rest.last.flatMap(Unicode.Scalar.init) else { return nil }
        let parameters = String(String.UnicodeScalarView(rest.dropFirst().dropLast().compactMap(Unicode.Scalar.init)))
        switch final {
        case "A": return .up
        case "B": return .down
        case "C": return .right
        case "D": return .left
        case "H": return .home
        case "F": return .end
        case "~":
            switch parameters.split(separator: ";").first {
            case "1", "7": return .home
            case "4", "8": return .end
            case "5": return .pageUp
            case "6": return .pageDown
            default: return nil
            }
        default: return nil
        }
    }

    /// True for the character that ends a CSI or SS3 sequence.
    static func endsSequence(_ code: UInt32) -> Bool {
        (0x40...0x7E).contains(code)
    }
}

private extension Unicode.GeneralCategory {
    var isControl: Bool { self == .control }
}
