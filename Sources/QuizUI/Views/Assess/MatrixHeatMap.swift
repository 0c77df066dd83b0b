import QuizCore

/// The matrix, services down and controls across, each cell asked marked right, wrong or wrong-while-sure:
/// glyphs carry the meaning, colour only repeats it.
enum MatrixHeatMap {
    static func add(
        _ marks: [String: [String: AssessmentResult.CellMark]], matrix: ResponsibilityMatrix, glyphs: Glyphs,
        to body: inout BodyBuilder
    ) {
        body.line([Span("The matrix, cell by cell", .heading)])
        let labelWidth = (matrix.services.map { DisplayWidth.of($0.shortName) }.max() ?? 0) + 1
        let numbers = matrix.controls.indices.map { String($0 + 1) }
        let tens = numbers.map { $0.count > 1 ? String($0.first!) : " " }.joined(separator: " ")
        let units = numbers.map { String($0.last!) }.joined(separator: " ")
        let pad = String(repeating: " ", count: labelWidth)
        if numbers.count > 9 { body.line([Span(pad + tens, .muted)]) }
        body.line([Span(pad + units, .muted)])
        for service in matrix.services {
            let label = service.shortName + String(repeating: " ", count: labelWidth - DisplayWidth.of(service.shortName))
            var spans = [Span(label)]
            for control in matrix.controls {
                spans.append(cellSpan(marks[service.id]?[control.id], exists: matrix.cell(service: service.id, control: control.id) != nil, glyphs: glyphs))
                spans.append(Span(" "))
            }
            body.line(spans)
        }
        body.paragraph(
            ["\(glyphs.correct) right", "\(glyphs.wrong) wrong", "! wrong while sure", "\(glyphs.blank) not asked this time", "blank: no such cell"]
                .joined(separator: ", "),
            style: .muted
        )
        let legend = matrix.controls.enumerated().map { "\($0.offset + 1) \($0.element.name)" }.joined(separator: "; ")
        body.paragraph(legend, style: .muted, prefix: [Span("Controls: ", .muted)])
    }

    /// The same marks as one line per service, for reading line by line or aloud: "EC2: right: Patching; wrong: ...".
    static func addList(_ marks: [String: [String: AssessmentResult.CellMark]], matrix: ResponsibilityMatrix, to body: inout BodyBuilder) {
        body.line([Span("The matrix, service by service", .heading)])
        let kinds: [(AssessmentResult.CellMark, String)] = [(.right, "right"), (.wrong, "wrong"), (.confidentlyWrong, "wrong while sure")]
        for service in matrix.services {
            guard let asked = marks[service.id], !asked.isEmpty else { continue }
            let parts = kinds.compactMap { mark, title -> String? in
                let names = matrix.controls.filter { asked[$0.id] == mark }.map(\.name)
                return names.isEmpty ? nil : "\(title): " + names.joined(separator: ", ")
            }
            body.paragraph(parts.joined(separator: "; "), prefix: [Span("\(service.shortName): ", .heading)], indent: 0)
        }
    }

    private static func cellSpan(_ mark: AssessmentResult.CellMark?, exists: Bool, glyphs: Glyphs) -> Span {
        switch mark {
        case .right: Span(glyphs.correct, .correct)
        case .wrong: Span(glyphs.wrong, .wrong)
        case .confidentlyWrong: Span("!", .wrong)
        case nil: Span(exists ? glyphs.blank : " ", .muted)
        }
    }
}
