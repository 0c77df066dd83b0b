import QuizCore

/// Under the grid: the cursor's service and control in full, the learner's answer, and after marking the
/// verdict, both sides' parts of a shared duty, the explanation and the source. While submit awaits a yes
/// or no, the question comes first.
enum DrillPanelView {
    static func lines(_ grid: DrillGrid, phase: DrillSession.Phase, glyphs: Glyphs, width: Int) -> [StyledLine] {
        var body = BodyBuilder(width: width)
        if case let .confirmingSubmit(blanks) = phase {
            let cells = blanks == 1 ? "1 cell is" : "\(blanks) cells are"
            body.paragraph("\(cells) still blank and will score nothing. Submit anyway? y submits, n goes back to the grid.", style: .notice)
        }
        let position = grid.cursor
        guard grid.services.indices.contains(position.row), grid.controls.indices.contains(position.column) else { return body.lines }
        let service = grid.services[position.row]
        let control = grid.controls[position.column]
        body.paragraph("\(service.name) (\(service.serviceModel.rawValue))", style: .heading, prefix: [Span("Service  ", .muted)])
        body.paragraph(control.name, style: .heading, prefix: [Span("Control  ", .muted), Span("\(position.column + 1). ", .heading)])
        guard let cell = grid.cell(at: position) else {
            body.paragraph("The matrix has no cell for this pair, so it is not part of the drill.", style: .muted)
            return body.lines
        }
        if let condition = cell.condition {
            body.paragraph(condition, prefix: [Span("Note     ", .muted)])
        }
        let guess = grid.guesses[position]
        guard case .marked = phase else {
            let answer = guess.map(\.title) ?? "not set yet (a AWS, c Customer, s Shared)"
            body.paragraph(answer, style: guess == nil ? .muted : .plain, prefix: [Span("Answer   ", .muted)])
            return body.lines
        }
        addVerdict(DrillVerdict(guessed: guess, actual: cell.owner), guess: guess, actual: cell.owner, glyphs: glyphs, to: &body)
        if let aws = cell.awsPart { body.paragraph(aws, prefix: [Span("AWS      ", .muted)]) }
        if let customer = cell.customerPart { body.paragraph(customer, prefix: [Span("Customer ", .muted)]) }
        body.paragraph(cell.explanation)
        FeedbackView.addSource(cell.sources, to: &body)
        return body.lines
    }

    private static func addVerdict(_ verdict: DrillVerdict, guess: Owner?, actual: Owner, glyphs: Glyphs, to body: inout BodyBuilder) {
        let style = DrillGridView.verdictStyle(verdict)
        let said = guess.map { "you said \($0.title); " } ?? ""
        switch verdict {
        case .right:
            body.line([Span("\(glyphs.correct) Right", style), Span(": \(actual.title).")])
        case .partial:
            let why = actual == .shared ? "one side of a shared duty" : "the duty is not shared"
            body.paragraph("\(said)it is \(actual.title) (\(why)).", prefix: [Span("\(glyphs.partial) Half credit", style), Span(": ")])
        case .wrong:
            body.paragraph("\(said)it is \(actual.title).", prefix: [Span("\(glyphs.wrong) Wrong", style), Span(": ")])
        case .blank:
            body.paragraph("it is \(actual.title).", prefix: [Span("\(glyphs.blank) Blank", style), Span(": ")])
        }
    }
}
