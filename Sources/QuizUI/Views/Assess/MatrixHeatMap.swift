import QuizCore

/// The learner's whole history across the matrix, services down and controls across: each cell marked by the
/// accuracy of every answer about it (in any mode), blank where it was never asked, with a total per service (the
/// last column) and per control (the last row). Glyphs carry the meaning, colour only repeats it.
enum MatrixHeatMap {
    static let title = "Your matrix: every answer about each cell, in every mode"

    /// How well a cell (or a total) went: its glyph and style, by accuracy.
    static func band(_ accuracy: Double, glyphs: Glyphs) -> Span {
        accuracy >= 0.8 ? Span(glyphs.correct, .correct) : accuracy >= 0.5 ? Span(glyphs.partial, .middling) : Span(glyphs.wrong, .wrong)
    }

    /// The grid at the body's width: four columns a cell where they fit (the totals row then gives each control's
    /// percent), else two, else one. When the grid is taller than `height` rows, the services come in blocks that
    /// each fit, every block under its own control numbers, so no row is read without them.
    static func add(_ history: MatrixHistory, matrix: ResponsibilityMatrix, glyphs: Glyphs, height: Int, to body: inout BodyBuilder) {
        body.line([Span(title, .heading)])
        let labelWidth = (matrix.services.map { DisplayWidth.of($0.shortName) }.max() ?? 0) + 1
        let totalWidth = 6
        let room = body.width - labelWidth - totalWidth
        let cellWidth = [4, 2, 1].first { $0 * matrix.controls.count <= room } ?? 1
        let headerRows = cellWidth == 4 || matrix.controls.count <= 9 ? 1 : 2
        let fitting = height - headerRows - 3
        let blockSize = matrix.services.count <= fitting ? max(1, matrix.services.count) : max(6, fitting)
        for blockStart in stride(from: 0, to: matrix.services.count, by: blockSize) {
            addHeader(matrix, labelWidth: labelWidth, cellWidth: cellWidth, to: &body)
            for service in matrix.services[blockStart..<min(matrix.services.count, blockStart + blockSize)] {
                var spans = [Span(service.shortName + String(repeating: " ", count: labelWidth - DisplayWidth.of(service.shortName)))]
                for control in matrix.controls {
                    let cell = matrix.cell(service: service.id, control: control.id)
                    let mark = cell.map { cellMark(history.tally($0), glyphs: glyphs) } ?? Span(glyphs.blank, .muted)
                    spans.append(centred(mark, in: cellWidth))
                }
                spans.append(totalSpan(history.serviceTotal(service.id, in: matrix), glyphs: glyphs))
                body.line(spans)
            }
        }
        var totals = [Span("All" + String(repeating: " ", count: labelWidth - 3), .heading)]
        for control in matrix.controls {
            let tally = history.controlTotal(control.id, in: matrix)
            if cellWidth == 4, let accuracy = tally.accuracy {
                totals.append(Span(String(ProgressView.percent(accuracy).dropLast()).leftPad(3) + " ", band(accuracy, glyphs: glyphs).style))
            } else {
                totals.append(centred(cellMark(tally.answered == 0 ? nil : tally, glyphs: glyphs), in: cellWidth))
            }
        }
        totals.append(totalSpan(history.overall(in: matrix), glyphs: glyphs))
        body.line(totals)
        body.paragraph(legend(glyphs: glyphs, percentTotals: cellWidth == 4), style: .muted)
        let controls = matrix.controls.enumerated().map { offset, control in
            "\(offset + 1) \(control.name)" + tallyText(history.controlTotal(control.id, in: matrix), prefix: " ")
        }
        body.paragraph(controls.joined(separator: "; "), style: .muted, prefix: [Span("Controls: ", .muted)])
    }

    /// The control numbers over the columns (tens above units where the cells are narrow), and "All" over the totals.
    private static func addHeader(_ matrix: ResponsibilityMatrix, labelWidth: Int, cellWidth: Int, to body: inout BodyBuilder) {
        let pad = String(repeating: " ", count: labelWidth)
        let numbers = matrix.controls.indices.map { String($0 + 1) }
        if cellWidth == 4 {
            body.line([Span(pad + numbers.map { $0.leftPad(3) + " " }.joined() + "   All", .muted)])
            return
        }
        let spacing = String(repeating: " ", count: cellWidth - 1)
        if numbers.count > 9 {
            body.line([Span(pad + numbers.map { ($0.count > 1 ? String($0.first!) : " ") + spacing }.joined(), .muted)])
        }
        body.line([Span(pad + numbers.map { String($0.last!) + spacing }.joined() + "   All", .muted)])
    }

    /// The same history as lines of text, for reading line by line or aloud: each service asked, its total and
    /// its cells asked; then each control's total.
    static func addList(_ history: MatrixHistory, matrix: ResponsibilityMatrix, to body: inout BodyBuilder) {
        body.line([Span(title, .heading)])
        let overall = history.overall(in: matrix)
        guard overall.answered > 0 else {
            body.paragraph("No matrix cell asked yet.", style: .muted)
            return
        }
        var unasked = 0
        for service in matrix.services {
            let total = history.serviceTotal(service.id, in: matrix)
            guard total.answered > 0 else {
                unasked += 1
                continue
            }
            let cells = matrix.controls.compactMap { control -> String? in
                guard let cell = matrix.cell(service: service.id, control: control.id), let tally = history.tally(cell) else { return nil }
                return control.name + tallyText(tally, prefix: " ")
            }
            body.paragraph(
                cells.joined(separator: "; "), prefix: [Span("\(service.shortName)" + tallyText(total, prefix: " ") + ": ", .heading)]
            )
        }
        if unasked > 0 {
            body.paragraph("\(unasked) service\(unasked == 1 ? "" : "s") not asked yet.", style: .muted)
        }
        let controls = matrix.controls.compactMap { control -> String? in
            let total = history.controlTotal(control.id, in: matrix)
            return total.answered == 0 ? nil : control.name + tallyText(total, prefix: " ")
        }
        body.paragraph(controls.joined(separator: "; "), prefix: [Span("By control: ", .heading)])
    }

    /// ` 67% (2 of 3)`, or nothing before any answer.
    static func tallyText(_ tally: ProgressTotals.Tally, prefix: String) -> String {
        guard let accuracy = tally.accuracy else { return "" }
        return prefix + "\(ProgressView.percent(accuracy)) (\(Credit.text(tally.correct)) of \(tally.answered))"
    }

    private static func legend(glyphs: Glyphs, percentTotals: Bool) -> String {
        [
            "\(glyphs.correct) 80% or more right", "\(glyphs.partial) 50-79%", "\(glyphs.wrong) under 50%", "blank: never asked",
            "\(glyphs.blank) no such cell", percentTotals ? "All: percent right" : "All: the same marks for a whole column",
        ].joined(separator: ", ")
    }

    private static func cellMark(_ tally: ProgressTotals.Tally?, glyphs: Glyphs) -> Span {
        guard let accuracy = tally?.accuracy else { return Span(" ") }
        return band(accuracy, glyphs: glyphs)
    }

    private static func totalSpan(_ tally: ProgressTotals.Tally, glyphs: Glyphs) -> Span {
        guard let accuracy = tally.accuracy else { return Span("     -", .muted) }
        return Span(ProgressView.percent(accuracy).leftPad(6), band(accuracy, glyphs: glyphs).style)
    }

    private static func centred(_ span: Span, in width: Int) -> Span {
        guard width > 1 else { return span }
        let left = width == 4 ? 2 : 0
        return Span(String(repeating: " ", count: left) + span.text + String(repeating: " ", count: width - 1 - left), span.style)
    }
}
