import QuizCore

/// Training complete: who passed every module when, at which pass mark, the training score and each module's, and
/// the bank used.
enum TrainingCompleteView {
    static func lines(_ record: CompletionRecord, context: ViewContext, width: Int) -> [StyledLine] {
        let glyphs = context.glyphs
        var body = BodyBuilder(width: width)
        body.line([Span("\(glyphs.correct) Training complete", .correct)])
        body.blank()
        body.paragraph(
            "\(record.profile) passed all \(record.modules.count) modules at the pass mark of \(record.passMark) "
                + "on \(TrainingView.day(record.completedAt))."
        )
        body.paragraph("Training score: \(TrainingScore(record).text).")
        body.blank()
        let titleWidth = record.modules.map { DisplayWidth.of($0.title) }.max() ?? 0
        for (index, module) in record.modules.enumerated() {
            var text = TrainingView.score(correct: module.correct, total: module.total, passMark: record.passMark)
                + " \(glyphs.separator) \(TrainingView.day(module.passedAt))"
            if module.testedOut { text += " \(glyphs.separator) tested out" }
            TrainingView.addModuleRow(
                number: index + 1, title: module.title, titleWidth: titleWidth, mark: Span(glyphs.correct, .correct), text: text,
                textStyle: .plain, pointer: nil, to: &body
            )
        }
        body.blank()
        body.paragraph("This record is saved with your progress, for your company's training records.", style: .muted)
        body.paragraph("Question bank version \(record.bankFingerprint.prefix(12))", style: .muted)
        body.blank()
        body.paragraph("Enter for the module list.")
        return body.lines
    }
}
