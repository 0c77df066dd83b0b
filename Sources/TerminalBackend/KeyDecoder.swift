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

private extension Unicode.GeneralCategory {
    var isControl: Bool { self == .control }
}
