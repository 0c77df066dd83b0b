import QuizCore

/// The glossary, over the question the learner was on: every term in alphabetical order with its definition and
/// the AWS page it comes from.
enum GlossaryView {
    static func lines(_ terms: [GlossaryTerm], width: Int) -> [StyledLine] {
        var body = BodyBuilder(width: width)
        body.line([Span("Glossary", .heading), Span("  \(terms.count) terms; g or Esc goes back to the question", .muted)])
        for entry in terms {
            body.blank()
            body.paragraph(entry.term, style: .heading)
            body.paragraph(entry.definition, indent: 2)
            if let page = entry.sources.first(where: \.isPage) {
                body.paragraph(page.shortCitation, style: .muted, prefix: [Span("Source: ", .muted)], indent: 2)
            }
        }
        return body.lines
    }
}
