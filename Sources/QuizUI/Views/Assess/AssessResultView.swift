import QuizCore

/// The end of a self-assessment: accuracy per topic, the matrix as a heat map of the cells asked, and the
/// misconceptions (wrong while sure) to fix first.
enum AssessResultView {
    static func add(_ result: AssessmentResult, context: ViewContext, to body: inout BodyBuilder) {
        let glyphs = context.glyphs
        body.line([Span("Self-assessment complete", .heading)])
        body.blank()
        if let accuracy = result.overall.accuracy {
            body.paragraph("\(Credit.text(result.overall.correct)) of \(result.overall.answered) right (\(ProgressView.percent(accuracy))).")
        }
        addMisconceptions(result, glyphs: glyphs, to: &body)
        body.blank()
        body.line([Span("By topic", .heading)])
        let nameWidth = min(36, max(10, body.width - 24))
        for score in result.topics {
            let name = context.fitted(context.bank.topicTitle(score.topic), width: nameWidth)
            let padded = name + String(repeating: " ", count: max(0, nameWidth - DisplayWidth.of(name)))
            let accuracy = score.tally.accuracy ?? 0
            body.line([
                Span(padded + "  \(Credit.text(score.tally.correct))/\(score.tally.answered)".leftPad(7) + "  "),
                Span(ProgressView.percent(accuracy).leftPad(4), accuracy >= 0.8 ? .correct : accuracy < 0.5 ? .wrong : .plain),
            ])
        }
        if !result.cells.isEmpty {
            body.blank()
            if context.gridsAsLists {
                MatrixHeatMap.addList(result.cells, matrix: context.bank.matrix, to: &body)
            } else {
                MatrixHeatMap.add(result.cells, matrix: context.bank.matrix, glyphs: glyphs, to: &body)
            }
        }
    }

    private static func addMisconceptions(_ result: AssessmentResult, glyphs: Glyphs, to body: inout BodyBuilder) {
        body.blank()
        guard !result.misconceptions.isEmpty else {
            body.line([Span("\(glyphs.correct) No misconceptions: nothing was wrong while you were sure.", .correct)])
            if result.luckyGuesses > 0 {
                body.paragraph("\(result.luckyGuesses) right answer\(result.luckyGuesses == 1 ? " was a guess" : "s were guesses"): worth practising.", style: .muted)
            }
            return
        }
        body.line([Span("Misconceptions to fix first (wrong while sure): \(result.misconceptions.count)", .wrong)])
        for question in result.misconceptions {
            body.paragraph(question.prompt, prefix: [Span(" \(glyphs.wrong) ", .wrong)])
            let right = question.choices.filter(\.isCorrect).map(\.text).joined(separator: "; ")
            body.paragraph(right, style: .correct, prefix: [Span("Right: ", .correct)], indent: 3)
            body.paragraph(question.explanation, style: .muted, indent: 3)
        }
        if result.luckyGuesses > 0 {
            body.paragraph("Also, \(result.luckyGuesses) right answer\(result.luckyGuesses == 1 ? " was a guess" : "s were guesses").", style: .muted)
        }
    }
}
