import QuizCore

/// After an answer: every choice marked right or wrong, the verdict in words, why, and the source. The verdict and
/// the explanation are marked to be kept in view, so the body scrolls to them however long the question was.
enum FeedbackView {
    static func add(_ item: SessionItem, outcome: AnswerOutcome, glyphs: Glyphs, to body: inout BodyBuilder) {
        let chosen = Set(outcome.chosen)
        for (position, index) in item.order.enumerated() {
            let choice = item.question.choices[index]
            let wasChosen = chosen.contains(index)
            let mark = choice.isCorrect ? glyphs.correct : wasChosen ? glyphs.wrong : " "
            let style: Style = choice.isCorrect ? .correct : wasChosen ? .wrong : .muted
            let text = wasChosen ? "\(choice.text)  (your answer)" : choice.text
            body.paragraph(text, style: style, prefix: [Span("\(mark) ", style), Span("\(position + 1). ", style)])
        }
        body.blank()
        if outcome.isCorrect {
            body.line([Span("\(glyphs.correct) Correct.", .correct)], highlighted: true)
        } else {
            let numbers = item.correctPositions.sorted().map { String($0 + 1) }
            let answer = numbers.count == 1 ? "the right answer is \(numbers[0])" : "the right answers are \(listed(numbers))"
            body.line([Span("\(glyphs.wrong) Wrong", .wrong), Span(": \(answer).")], highlighted: true)
        }
        body.paragraph(item.question.explanation, highlighted: true)
        for (position, index) in item.order.enumerated() where chosen.contains(index) {
            let choice = item.question.choices[index]
            guard !choice.isCorrect, !choice.why.isEmpty else { continue }
            body.paragraph(choice.why, prefix: [Span("Why not \(position + 1): ", .muted)])
        }
        if item.closesScenario, let scenario = item.scenario {
            body.blank()
            body.line([Span("What should have been done", .heading)])
            body.paragraph(scenario.summary)
        }
        addSource(item.question.sources, to: &body)
    }

    /// The first AWS page an item cites; a seed document is provenance for the bank's authors, never shown.
    static func addSource(_ sources: [Source], to body: inout BodyBuilder) {
        guard let page = sources.first(where: \.isPage) else { return }
        body.paragraph(page.shortCitation, style: .muted, prefix: [Span("Source: ", .muted)])
    }

    /// "3 and 4", "1, 3 and 4".
    private static func listed(_ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }
}
