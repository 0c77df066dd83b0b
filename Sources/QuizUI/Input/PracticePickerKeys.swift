import QuizCore

extension KeyBindings {
    /// The practice picker: arrows (j, k, Tab) move, Home and End jump, Enter practises the row, Esc goes home.
    static func practicePickerEvent(for key: Key, _ picker: PracticePicker) -> AppEvent? {
        switch key {
        case .up, .character("k"): return .practicePickerMoved(by: -1)
        case .down, .character("j"), .tab: return .practicePickerMoved(by: 1)
        case .home: return .practicePickerMoved(by: -picker.choices.count)
        case .end: return .practicePickerMoved(by: picker.choices.count)
        case .enter: return picker.chosen.map(AppEvent.homePracticeFocused)
        case .escape, .backspace, .character("q"): return .homeRequested
        default: return nil
        }
    }
}
