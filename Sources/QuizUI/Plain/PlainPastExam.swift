import QuizCore

/// Plain mode's Progress screen past its assessments: `e` opens the latest exam; in an open exam a filter's letter,
/// `<` or `>` for the older or newer one, anything else back to Progress.
enum PlainPastExam {
    static func progressPrompt(_ state: AppState) -> String {
        let parts = (state.assessments.isEmpty ? [] : ["a self-assessment's number opens it"])
            + (state.exams.isEmpty ? [] : ["e opens the latest exam"])
        guard !parts.isEmpty else { return "Enter for the home screen: " }
        return (parts.joined(separator: ", ") + "; Enter for the home screen: ").capitalizedFirst
    }

    /// A typed line on the Progress screen that opens an exam, or nil for one that does not.
    static func readProgress(_ line: String, in state: AppState) -> PlainFlow.Reading? {
        guard line.trimmingCharacters(in: .whitespaces).lowercased() == "e" else { return nil }
        guard !state.exams.isEmpty else { return .again("No exam has been taken yet.") }
        return .events([.pastExamOpened(state.exams.count - 1)])
    }

    static func prompt(_ review: PastExamReview, among count: Int) -> String {
        let others = count > 1 ? ", < or > the older or newer exam" : ""
        return "Show a all, w wrong, f flagged, u unanswered\(others); Enter for the progress screen: "
    }

    static func read(_ line: String, in review: PastExamReview, among count: Int) -> PlainFlow.Reading {
        let typed = line.trimmingCharacters(in: .whitespaces).lowercased()
        if typed.count == 1, let key = typed.first {
            if let event = KeyBindings.pastExamEvent(for: .character(key), review, among: count), event != .homeRequested {
                return .events([event])
            }
            if key == "<" || key == ">" { return .again("There is no \(key == "<" ? "older" : "newer") exam.") }
        }
        return .events([.homeRequested])
    }
}

extension String {
    fileprivate var capitalizedFirst: String {
        prefix(1).uppercased() + dropFirst()
    }
}
