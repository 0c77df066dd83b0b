import QuizCore

/// The "leave?" box drawn over a session under way, saying what is kept.
enum QuitConfirmView {
    static func lines(_ state: AppState) -> [String] {
        let answered = state.answersInSession
        if case .exam = state.screen {
            let resume = state.leavesToHome ? "choose Exam on the home screen to resume it." : "choose Exam again to resume it."
            return ["Leave the exam?", "It is saved with \(answered) answered and the time left:", resume, "", "y  leave      n  stay"]
        }
        let saved = answered == 1 ? "Your 1 answer is saved." : "Your \(answered) answers are saved."
        return ["Leave this session?", saved, "", "y  leave      n  stay"]
    }

    static func draw(_ state: AppState, into screen: inout ScreenBuffer, glyphs: Glyphs) {
        DialogBox.draw(lines(state), into: &screen, glyphs: glyphs)
    }
}
