import Foundation
import QuizCore

/// A self-assessment's result: first a one-screen summary (the score, how often each confidence was right, and
/// accuracy per topic), then every wrong answer, confidently wrong first, then the lucky guesses, then the learner's
/// whole history across the matrix.
enum AssessResultView {
    static func add(
        _ result: AssessmentResult, finishedAt: Date?, history: MatrixHistory, context: ViewContext, height: Int, to body: inout BodyBuilder
    ) {
        addSummary(result, finishedAt: finishedAt, context: context, to: &body)
        addWrongAnswers(result, glyphs: context.glyphs, to: &body)
        addLuckyGuesses(result, glyphs: context.glyphs, to: &body)
        body.blank()
        if context.gridsAsLists {
            MatrixHeatMap.addList(history, matrix: context.bank.matrix, to: &body)
        } else {
            MatrixHeatMap.add(history, matrix: context.bank.matrix, glyphs: context.glyphs, height: height, to: &body)
        }
    }

    /// The score, calibration and topics in as few lines as the bank's topics allow (19 for ten topics), so that
    /// they fit at 80x24 before anything scrolls.
    static func addSummary(_ result: AssessmentResult, finishedAt: Date?, context: ViewContext, to body: inout BodyBuilder) {
        let when = finishedAt.map { "Self-assessment of \(day($0))" } ?? "Self-assessment complete"
        let score = result.overall.accuracy.map {
            ": \(Credit.text(result.overall.correct)) of \(result.overall.answered) right (\(ProgressView.percent($0)))"
        } ?? ": nothing answered"
        body.paragraph(when + score, style: .heading)
        body.blank()
        let nameWidth = min(36, max(10, body.width - 24))
        body.line([Span(padded("How sure you were", nameWidth) + "  Answers  Right", .heading)])
        for confidence in Confidence.allCases {
            let tally = result.calibration[confidence]
            body.line(row(confidence.title, tally, nameWidth: nameWidth))
        }
        body.blank()
        body.line([Span(padded("Topic", nameWidth) + "  Answers  Right", .heading)])
        for score in result.topics {
            let name = context.fitted(context.bank.topicTitle(score.topic), width: nameWidth)
            body.line(row(name, score.tally, nameWidth: nameWidth))
        }
        body.paragraph(nextParts(result), style: .muted)
    }

    private static func nextParts(_ result: AssessmentResult) -> String {
        let wrong = result.wrongCount
        let lucky = result.luckyGuesses.count
        var parts = [wrong == 0 ? "no wrong answers" : wrong == 1 ? "your 1 wrong answer" : "your \(wrong) wrong answers"]
        if lucky > 0 { parts.append(lucky == 1 ? "1 lucky guess" : "\(lucky) lucky guesses") }
        return "Below: " + parts.joined(separator: ", ") + ", then your matrix."
    }

    private static func row(_ name: String, _ tally: ProgressTotals.Tally, nameWidth: Int) -> [Span] {
        let counts = padded(name, nameWidth) + String(tally.answered).leftPad(9) + Credit.text(tally.correct).leftPad(7) + "  "
        guard let accuracy = tally.accuracy else { return [Span(counts), Span("   -", .muted)] }
        return [Span(counts), Span(ProgressView.percent(accuracy).leftPad(4), accuracy >= 0.8 ? .correct : accuracy < 0.5 ? .wrong : .plain)]
    }

    private static func padded(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }

    /// `2026-12-02 05:40 UTC`.
    static func day(_ date: Date) -> String {
        let text = ISODate.text(date)
        return String(text.prefix(10)) + " " + String(text.dropFirst(11).prefix(5)) + " UTC"
    }

    private static func addWrongAnswers(_ result: AssessmentResult, glyphs: Glyphs, to body: inout BodyBuilder) {
        body.blank()
        guard !result.wrong.isEmpty else {
            body.line([Span("\(glyphs.correct) No wrong answers.", .correct)])
            return
        }
        body.line([Span("Wrong answers: \(result.wrongCount)", .heading)])
        for group in result.wrong {
            body.blank()
            body.paragraph(groupTitle(group), style: group.confidence == .sure ? .wrong : .heading)
            for answered in group.answers {
                body.blank()
                body.paragraph(answered.question.prompt, prefix: [Span(" \(glyphs.wrong) ", .wrong)])
                let chosen = answered.chosenTexts
                body.paragraph(chosen.isEmpty ? "nothing" : chosen.joined(separator: "; "), style: .wrong, prefix: [Span("You answered: ", .wrong)], indent: 3)
                body.paragraph(answered.rightTexts.joined(separator: "; "), style: .correct, prefix: [Span("Right: ", .correct)], indent: 3)
                body.paragraph(answered.question.explanation, style: .muted, indent: 3)
            }
        }
    }

    private static func groupTitle(_ group: AssessmentResult.WrongGroup) -> String {
        let count = group.answers.count
        switch group.confidence {
        case .sure: return "Wrong while sure (\(count)): misconceptions, to fix first"
        case .unsure: return "Wrong while unsure (\(count))"
        case .guessing: return "Wrong while guessing (\(count))"
        case nil: return "Wrong, with no confidence given (\(count))"
        }
    }

    private static func addLuckyGuesses(_ result: AssessmentResult, glyphs: Glyphs, to body: inout BodyBuilder) {
        guard !result.luckyGuesses.isEmpty else { return }
        body.blank()
        let count = result.luckyGuesses.count
        body.paragraph("Lucky guesses (\(count)): right while guessing, worth practising", style: .heading)
        for answered in result.luckyGuesses {
            body.blank()
            body.paragraph(answered.question.prompt, prefix: [Span(" ? ")])
            body.paragraph(answered.rightTexts.joined(separator: "; "), style: .correct, prefix: [Span("Right: ", .correct)], indent: 3)
        }
    }
}
