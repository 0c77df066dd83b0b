import QuizCore

/// A page of a module's teaching text: where the learner is, the page's title and paragraphs, and on the first
/// page the offer to test out.
enum TeachingPageView {
    static func lines(_ session: TrainingSession, module: Int, page: Int, context: ViewContext, width: Int) -> [StyledLine] {
        let glyphs = context.glyphs
        let chosen = session.modules[module]
        var body = BodyBuilder(width: width)
        TrainingView.addSplitLine(
            left: Span(TrainingView.moduleHeading(session, module: module, glyphs: glyphs), .heading),
            right: Span("page \(page + 1) of \(chosen.pages.count)", .muted), to: &body
        )
        body.blank()
        let shown = chosen.pages[page]
        body.paragraph(shown.title, style: .heading)
        for paragraph in shown.paragraphs {
            body.blank()
            body.paragraph(paragraph)
        }
        body.blank()
        let questions = chosen.questionCount == 1 ? "1 question" : "\(chosen.questionCount) questions"
        let needed = session.passMark.required(of: chosen.questionCount)
        if page == 0 {
            body.paragraph("Know this already? Press t to test out: answer the \(questions) now, \(needed) right to pass.", style: .muted)
        } else if page == chosen.pages.count - 1 {
            body.paragraph("Next come the \(questions): \(needed) right to pass.", style: .muted)
        }
        return body.lines
    }
}
