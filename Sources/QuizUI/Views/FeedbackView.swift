import QuizCore

/// After an answer: every choice marked right or wrong, the verdict in words, why, every option's reason, and the source. The verdict and
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
        addReasons(item, to: &body)
        if item.closesScenario, let scenario = item.scenario {
            body.blank()
            body.line([Span("What should have been done", .heading)])
            body.paragraph(scenario.summary)
        }
        addSource(item.question.sources, to: &body)
    }

    /// Every option's reason in the order shown: why each right one is right and why each other one is wrong (a
    /// reason the explanation opens with is not said twice).
    static func addReasons(_ item: SessionItem, to body: inout BodyBuilder) {
        let owners = OwnerQuestion.owners(of: item.question)
        let actual = owners.flatMap { owners in item.question.choices.firstIndex(where: \.isCorrect).map { owners[$0] } }
        for (position, index) in item.order.enumerated() {
            let choice = item.question.choices[index]
            var why = choice.why
            if why.isEmpty, let owners, let actual { why = OwnerQuestion.reason(picked: owners[index], actual: actual) }
            guard !why.isEmpty, !item.question.explanation.hasPrefix(why) else { continue }
            let label = choice.isCorrect ? "Why \(position + 1) is right: " : "Why not \(position + 1): "
            body.paragraph(why, prefix: [Span(label, choice.isCorrect ? .correct : .muted)])
        }
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
