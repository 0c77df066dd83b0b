import QuizCore

/// Before the grid: a checklist of services grouped by service model, then one of controls, scrolled to
/// keep the highlight in view, with the ways to let the drill choose.
enum DrillChoosingView {
    /// Entries kept on screen before the help under the list gives way (the hint line names the same keys).
    static let minimumListRows = 8

    static func lines(
        _ session: DrillSession, list: DrillSession.Checklist, highlighted: Int, notice: DrillSession.ChoosingNotice?,
        glyphs: Glyphs, width: Int, height: Int
    ) -> [StyledLine] {
        let matrix = session.matrix
        let picked = session.picked(list)
        let step = list == .services ? "step 1 of 2: tick the services" : "step 2 of 2: tick the controls"
        var top = BodyBuilder(width: width)
        let title = "Matrix drill \(glyphs.separator) \(step)"
        let count = "\(picked.count) of \(session.entryCount(list)) ticked"
        let gap = width - DisplayWidth.of(title) - DisplayWidth.of(count)
        if gap >= 2 {
            top.line([Span(title, .heading), Span(String(repeating: " ", count: gap)), Span(count, .muted)])
        } else {
            top.paragraph(title, style: .heading)
            top.paragraph(count, style: .muted)
        }
        top.blank()

        var notes = BodyBuilder(width: width)
        if let notice {
            notes.paragraph(message(notice), style: .notice)
        }
        var help = BodyBuilder(width: width)
        let back = list == .controls ? " Backspace goes back to the services." : ""
        help.paragraph(
            "Or let it pick: r draws \(DrillPicker.serviceCount) services across the three service models and "
                + "\(DrillPicker.controlCount) controls; m drills the whole matrix (\(matrix.services.count) services "
                + "\(glyphs.separator) \(matrix.controls.count) controls, \(matrix.cells.count) cells).\(back)",
            style: .muted
        )

        let (entries, highlightedLine) = entryLines(session, list: list, highlighted: highlighted, picked: picked, glyphs: glyphs, width: width)
        var bottom = notes.lines
        let roomWithHelp = height - top.lines.count - 1 - bottom.count - help.lines.count
        if roomWithHelp >= min(entries.count, minimumListRows) {
            bottom += help.lines
        }
        let room = max(3, height - top.lines.count - 1 - bottom.count)
        let list = window(entries, highlighted: highlightedLine, room: room, glyphs: glyphs)
        return top.lines + list + (bottom.isEmpty ? [] : [.blank] + bottom)
    }

    private static func message(_ notice: DrillSession.ChoosingNotice) -> String {
        switch notice {
        case .pickAtLeastOne(.services): "Tick at least one service (Space), or press r or m."
        case .pickAtLeastOne(.controls): "Tick at least one control (Space), or press r or m."
        case .noCells: "The matrix rates none of these controls for these services: tick more of either."
        }
    }

    /// One line per entry, with a heading before each service model's services; and the highlighted entry's line.
    private static func entryLines(
        _ session: DrillSession, list: DrillSession.Checklist, highlighted: Int, picked: Set<String>, glyphs: Glyphs, width: Int
    ) -> ([StyledLine], Int) {
        var lines: [StyledLine] = []
        var highlightedLine = 0
        var model: ServiceModel?
        for index in 0..<session.entryCount(list) {
            let id: String
            let name: String
            var note = ""
            switch list {
            case .services:
                let service = session.matrix.services[index]
                if service.serviceModel != model {
                    model = service.serviceModel
                    let info = session.matrix.model(service.serviceModel)
                    lines.append(StyledLine(info.map { "\($0.title) (\($0.cloudModel))" } ?? service.serviceModel.rawValue, .muted))
                }
                (id, name) = (service.id, service.name)
            case .controls:
                let control = session.matrix.controls[index]
                (id, name) = (control.id, control.name)
                note = control.controlClass.map { " (\($0.rawValue))" } ?? ""
            }
            let isOn = index == highlighted
            if isOn { highlightedLine = lines.count }
            let ticked = picked.contains(id)
            var row = SpanRow()
            row.append(isOn ? "\(glyphs.pointer) " : "  ", .selected)
            row.append((ticked ? glyphs.checked : glyphs.unchecked) + " ", ticked ? .selected : .plain)
            let room = max(1, width - row.width)
            row.append(TextWrap.truncated(name, width: room, ellipsis: glyphs.ellipsis), isOn ? .selected : .plain)
            if row.width + DisplayWidth.of(note) <= width { row.append(note, .muted) }
            lines.append(row.line)
        }
        return (lines, highlightedLine)
    }

    /// At most `room` of the lines, the highlighted one among them, with a line saying how many more are
    /// above or below where some are cut off.
    private static func window(_ lines: [StyledLine], highlighted: Int, room: Int, glyphs: Glyphs) -> [StyledLine] {
        guard lines.count > room else { return lines }
        var shown = ScrollWindow.range(count: lines.count, visible: room - 2, cursor: highlighted)
        if shown.lowerBound == 0 {
            shown = 0..<(room - 1)
        } else if shown.upperBound == lines.count {
            shown = (lines.count - room + 1)..<lines.count
        }
        var out: [StyledLine] = []
        if shown.lowerBound > 0 { out.append(StyledLine("\(glyphs.moreUp) \(shown.lowerBound) more", .muted)) }
        out += lines[shown]
        if shown.upperBound < lines.count { out.append(StyledLine("\(glyphs.moreDown) \(lines.count - shown.upperBound) more", .muted)) }
        return out
    }
}
