/// The line a focused practice session shows above each question: what it was drawn from and, for the weakest
/// area, the evidence that made it the weakest.
public enum PracticeAim {
    /// Nil for the whole bank, which needs no explaining.
    public static func text(_ focus: PracticeFocus, recent: RecentResults, bank: Bank) -> String? {
        switch focus {
        case .everything:
            return nil
        case .topic, .task:
            return "Practising " + focus.title(in: bank)
        case .weakest:
            guard let weakest = recent.weakest else { return nil }
            let right = ReportText.percent(weakest.accuracy)
            return "Practising your weakest, \(weakest.focus.title(in: bank)): \(right) right in your last \(weakest.answers) answers"
        case .missed:
            return "Practising " + focus.title(in: bank)
        case .questions(let ids):
            return ids.count == 1 ? "Retrying the question you missed" : "Retrying the \(ids.count) questions you missed"
        }
    }
}
