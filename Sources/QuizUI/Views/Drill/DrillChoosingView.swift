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
        var top = BodyBuilder(width: width)
        let title = list == .services ? "Matrix drill: tick the services (1 of 2)" : "Matrix drill: tick the controls (2 of 2)"
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

        let entries = entryLines(session, list: list, highlighted: highlighted, picked: picked, glyphs: glyphs, width: width)
        var bottom = notes.lines
        let roomWithHelp = height - top.lines.count - 1 - bottom.count - help.lines.count
        if roomWithHelp >= min(entries.lines.count, minimumListRows) {
            bottom += help.lines
        }
        if !bottom.isEmpty { bottom.insert(.blank, at: 0) }
        let room = max(3, height - top.lines.count - bottom.count)
        return top.lines + window(entries, room: room, glyphs: glyphs) + bottom
    }

    private static func message(_ notice: DrillSession.ChoosingNotice) -> String {
        switch notice {
        case .pickAtLeastOne(.services): "Tick at least one service (Space), or press r or m."
        case .pickAtLeastOne(.controls): "Tick at least one control (Space), or press r or m."
        case .noCells: "The matrix rates none of these controls for these services: tick more of either."
        }
    }

    /// A checklist's lines: one per entry, with a heading before each service model's services.
    private struct EntryLines {
        var lines: [StyledLine] = []
        /// Which lines are entries rather than headings.
        var isEntry: [Bool] = []
        var highlighted = 0

        mutating func append(_ line: StyledLine, isEntry entry: Bool) {
            lines.append(line)
            isEntry.append(entry)
        }

        func entries(in range: Range<Int>) -> Int {
            isEntry[range].reduce(0) { $0 + ($1 ? 1 : 0) }
        }
    }

    private static func entryLines(
        _ session: DrillSession, list: DrillSession.Checklist, highlighted: Int, picked: Set<String>, glyphs: Glyphs, width: Int
    ) -> EntryLines {
        var lines = EntryLines()
        var model: ServiceModel?
        for index in 0..<session.entryCount(list) {
            let id: String
            let name: String
            switch list {
            case .services:
                let service = session.matrix.services[index]
                if service.serviceModel != model {
                    model = service.serviceModel
                    let info = session.matrix.model(service.serviceModel)
                    let heading = info.map { "\($0.title) (\($0.cloudModel))" } ?? service.serviceModel.rawValue
                    lines.append(StyledLine(heading, .muted), isEntry: false)
                }
                (id, name) = (service.id, service.name)
            case .controls:
                let control = session.matrix.controls[index]
                (id, name) = (control.id, control.phrase)
            }
            let isOn = index == highlighted
            if isOn { lines.highlighted = lines.lines.count }
            let ticked = picked.contains(id)
            var row = SpanRow()
            row.append(isOn ? "\(glyphs.pointer) " : "  ", isOn ? .selected : .plain)
            row.append((ticked ? glyphs.checked : glyphs.unchecked) + " ", ticked ? .heading : .plain)
            let room = max(1, width - row.width)
            row.append(TextWrap.truncated(name, width: room, ellipsis: glyphs.ellipsis), isOn ? .selected : .plain)
            lines.append(row.line, isEntry: true)
        }
        return lines
    }

    /// At most `room` lines, the highlighted entry among them, with a line saying how many more entries are
    /// above or below where some are cut off.
    private static func window(_ entries: EntryLines, room: Int, glyphs: Glyphs) -> [StyledLine] {
        let count = entries.lines.count
        guard count > room else { return entries.lines }
        var shown = ScrollWindow.range(count: count, visible: room - 2, cursor: entries.highlighted)
        if shown.lowerBound == 0 {
            shown = 0..<(room - 1)
        } else if shown.upperBound == count {
            shown = (count - room + 1)..<count
        }
        var out: [StyledLine] = []
        if shown.lowerBound > 0 {
            out.append(StyledLine("\(glyphs.moreUp) \(entries.entries(in: 0..<shown.lowerBound)) more", .muted))
        }
        out += entries.lines[shown]
        if shown.upperBound < count {
            out.append(StyledLine("\(glyphs.moreDown) \(entries.entries(in: shown.upperBound..<count)) more", .muted))
        }
        return out
    }
}
