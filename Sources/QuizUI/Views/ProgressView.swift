import QuizCore

/// The learner's totals: overall and per topic, with a bar for accuracy.
enum ProgressView {
    static func lines(totals: ProgressTotals, context: ViewContext, width: Int) -> [StyledLine] {
        var body = BodyBuilder(width: width)
        body.line([Span("Your progress", .heading)])
        body.blank()
        body.paragraph(overallSentence(totals))
        body.blank()
        let nameWidth = min(40, max(10, width - 34))
        let header = "Topic".padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  Answered  Right  Accuracy"
        body.line([Span(header, .heading)])
        for topic in context.bank.topics {
            let tally = totals.byTopic[topic.id] ?? ProgressTotals.Tally()
            let name = context.fitted(topic.title, width: nameWidth)
            let padded = name + String(repeating: " ", count: max(0, nameWidth - DisplayWidth.of(name)))
            let counts = String(tally.answered).leftPad(10) + Credit.text(tally.correct).leftPad(7)
            var spans = [Span(padded + counts + "  ")]
            if let accuracy = tally.accuracy {
                spans.append(Span(percent(accuracy).leftPad(4) + " ", accuracy >= 0.8 ? .correct : accuracy < 0.5 ? .wrong : .plain))
                spans.append(Span(bar(accuracy, glyphs: context.glyphs), .muted))
            } else {
                spans.append(Span("   -", .muted))
            }
            body.line(spans)
        }
        return body.lines
    }

    static func overallSentence(_ totals: ProgressTotals) -> String {
        guard let accuracy = totals.overall.accuracy else { return "No answers yet: start with Practice." }
        let answered = totals.overall.answered
        return "You have answered \(answered) question\(answered == 1 ? "" : "s"), \(percent(accuracy)) of them right."
    }

    static func percent(_ fraction: Double) -> String {
        "\(Int((fraction * 100).rounded()))%"
    }

    private static func bar(_ fraction: Double, glyphs: Glyphs) -> String {
        let cells = 10
        let full = Int((fraction * Double(cells)).rounded())
        return String(repeating: glyphs.barFull, count: full) + String(repeating: glyphs.barEmpty, count: cells - full)
    }
}

extension String {
    func leftPad(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
