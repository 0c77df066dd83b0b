import QuizCore

/// Every key of the screen that is up, for the `?` list (the hint line shows only the few that matter now).
enum KeyHelp {
    static func entries(for state: AppState, glyphs: Glyphs) -> [KeyHint] {
        let arrows = glyphs == .unicode ? "↑ ↓ or j k" : "Up Down or j k"
        let sideways = glyphs == .unicode ? "← → or p n" : "Left Right or p n"
        let scrolling = [KeyHint("PgUp PgDn", "scroll a screen longer than the terminal")]
        let leaving = [KeyHint("q or Esc", "leave (asks first during a session)"), KeyHint("Ctrl-C", "leave at once; answers are saved")]
        let glossary = state.offersGlossary ? [KeyHint("g", "the glossary: every term explained, with its source")] : []
        let answering = [
            KeyHint(arrows, "move through the choices"), KeyHint("Enter", "answer with the highlighted choice"),
            KeyHint("1-9", "answer with that choice"), KeyHint("Space", "toggle a choice (choose-two questions)"),
        ]
        let specific: [KeyHint] = switch state.screen {
        case .home:
            [KeyHint(arrows, "move"), KeyHint("Enter", "open the highlighted entry"), KeyHint("1-\(HomeEntry.allCases.count)", "open that entry"),
             KeyHint("w", "practise your weakest exam task or topic"), KeyHint("m", "practise the questions you last got wrong"),
             KeyHint("t", "choose a topic or exam task to practise")]
        case .practicePicker:
            [KeyHint(arrows, "move (Home, End: first, last row)"), KeyHint("Enter", "practise the highlighted topic or task"),
             KeyHint("Esc or Backspace", "back home")]
        case .practice, .review:
            answering + [KeyHint("Enter", "after an answer: the next question"), KeyHint("i", "read a scenario's story again")]
        case .assess:
            answering + [KeyHint("1 2 3 or s u g", "after an answer: sure, unsure or guessing")]
        case .exam:
            [
                KeyHint(arrows, "move through the choices"), KeyHint("1-9 Space Enter", "pick or toggle; answers can change"),
                KeyHint(sideways, "previous or next question"), KeyHint("f", "flag the question for review"),
                KeyHint("r", "the review list: Tab or a/u/f filter it, a number goes to that question, PgUp/PgDn/Home/End move"), KeyHint("s", "submit the exam"),
            ]
        case .training:
            [
                KeyHint(arrows, "move through modules or choices"), KeyHint("Enter", "open, go on, or answer"),
                KeyHint(sideways, "previous or next page"), KeyHint("t", "test out of a module (its first page)"),
                KeyHint("r", "retake the module"),
            ]
        case .drill:
            [
                KeyHint("Space", "tick a service or control; a: all, r: let it pick, m: whole matrix"),
                KeyHint("arrows or h j k l", "move across the grid"), KeyHint("a c s", "set AWS, Customer or Shared"),
                KeyHint("x", "clear a cell"), KeyHint("Enter", "submit the grid"), KeyHint("n", "after marking: a new drill"),
            ]
        case .examResumeOffer:
            [KeyHint("y", "resume the saved exam"), KeyHint("n", "drop it and start a new one")]
        case .examStart:
            [
                KeyHint(arrows, "move (Home, End: first, last row)"), KeyHint("Space", "choose a length, tick a task or topic"),
                KeyHint("Enter", "start the exam"),
            ]
        case .progress:
            [KeyHint("1-9", "open that past self-assessment"), KeyHint("e", "open the latest exam"), KeyHint("Enter", "back home")]
        case .pastExam:
            PastExamKeys.help(arrows: arrows)
        case .pastAssessment:
            [KeyHint("< >", "the older or newer assessment"), KeyHint("Enter", "back to progress (after reading on to the end)")]
        }
        return specific + glossary + scrolling + leaving
    }
}
