import QuizCore

/// Keys on the exam start screen: move, choose a length or tick a task or topic, Enter starts. `q` and Esc are
/// the app's (leave, or back home).
public enum ExamStartKeys {
    public static func event(for key: Key) -> ExamStartEvent? {
        switch key {
        case .up, .character("k"): .highlightMoved(by: -1)
        case .down, .character("j"), .tab: .highlightMoved(by: 1)
        case .home: .highlightMoved(by: -Int(Int32.max))
        case .end: .highlightMoved(by: Int(Int32.max))
        case .character(" "): .highlightedRowToggled
        case .enter: .started
        default: nil
        }
    }

    public static func hints(glyphs: Glyphs) -> [KeyHint] {
        [KeyHint(glyphs == .unicode ? "↑↓" : "Up/Down", "move"), KeyHint("Space", "choose"), KeyHint("Enter", "start")]
    }
}
