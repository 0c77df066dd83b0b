import QuizCore

/// Which drill event a key means in the drill's current phase, and the hints that say so. `q` and Esc are
/// left to the app; so are PgUp and PgDn, and Enter once the drill is marked.
public enum DrillKeys {
    public static func event(for key: Key, in session: DrillSession) -> DrillEvent? {
        switch session.phase {
        case .choosing:
            switch key {
            case .up, .character("k"): return .checklistHighlightMoved(by: -1)
            case .down, .character("j"), .tab: return .checklistHighlightMoved(by: 1)
            case .character(" "): return .highlightedEntryToggled
            case .character("a"): return .allEntriesToggled
            case .enter: return .checklistConfirmed
            case .backspace: return .checklistBackRequested
            case .character("r"): return .randomPickRequested
            case .character("m"): return .wholeMatrixRequested
            default: return nil
            }
        case .filling:
            if let move = cursorMove(for: key) { return move }
            switch key {
            case .character("a"), .character("A"): return .ownerSet(.aws)
            case .character("c"), .character("C"): return .ownerSet(.customer)
            case .character("s"), .character("S"): return .ownerSet(.shared)
            case .character("x"), .character(" "), .backspace: return .cellCleared
            case .enter: return .submitRequested
            default: return nil
            }
        case .confirmingSubmit:
            switch key {
            case .character("y"), .character("Y"): return .submitConfirmed
            case .character("n"), .character("N"): return .submitCancelled
            default: return nil
            }
        case .marked:
            if let move = cursorMove(for: key) { return move }
            return key == .character("n") ? .newDrillRequested : nil
        }
    }

    private static func cursorMove(for key: Key) -> DrillEvent? {
        switch key {
        case .up, .character("k"): .cursorMoved(rows: -1, columns: 0)
        case .down, .character("j"): .cursorMoved(rows: 1, columns: 0)
        case .left, .character("h"): .cursorMoved(rows: 0, columns: -1)
        case .right, .character("l"), .tab: .cursorMoved(rows: 0, columns: 1)
        default: nil
        }
    }

    /// The drill's own keys for the hint line, most needed first; the app adds its own (quit, scrolling).
    public static func hints(for session: DrillSession, glyphs: Glyphs) -> [KeyHint] {
        let arrows = glyphs == .unicode ? "←↑↓→" : "arrows"
        switch session.phase {
        case let .choosing(list, _, _):
            let upDown = glyphs == .unicode ? "↑↓" : "Up/Down"
            let hints = [
                KeyHint(upDown, "move"), KeyHint("Space", "tick"), KeyHint("Enter", list == .services ? "next" : "start"),
                KeyHint("r", "let it pick"), KeyHint("m", "whole matrix"),
            ]
            return hints + (list == .controls ? [KeyHint("Bksp", "back")] : []) + [KeyHint("a", "all/none")]
        case .filling:
            return [KeyHint(arrows, "move"), KeyHint("a/c/s", "set, next"), KeyHint("Enter", "submit"), KeyHint("x", "clear")]
        case .confirmingSubmit:
            return [KeyHint("y", "submit"), KeyHint("n", "keep filling")]
        case .marked:
            return [KeyHint(arrows, "explain a cell"), KeyHint("n", "new drill")]
        }
    }
}
