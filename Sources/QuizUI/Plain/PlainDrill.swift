import QuizCore

/// The matrix drill in plain mode: services and controls chosen by typed numbers (or all of them, or let it pick),
/// then one cell at a time ("Lambda, patching the guest OS: a/c/s?"), then the marked cells as a list with the score.
enum PlainDrill {
    static func lines(_ session: DrillSession, context: ViewContext, width: Int) -> [StyledLine] {
        var body = BodyBuilder(width: width)
        switch session.phase {
        case let .choosing(list, _, notice):
            let picked = session.picked(list)
            let title = list == .services ? "Matrix drill: choose the services (1 of 2)" : "Matrix drill: choose the controls (2 of 2)"
            body.line([Span(title, .heading)])
            body.blank()
            for index in 0..<session.entryCount(list) {
                guard let id = session.entryID(list, at: index) else { continue }
                let name = switch list {
                case .services: "\(session.matrix.services[index].name) (\(session.matrix.services[index].serviceModel.rawValue))"
                case .controls: session.matrix.controls[index].phrase
                }
                body.paragraph(name + (picked.contains(id) ? ", chosen" : ""), prefix: [Span("\(index + 1). ")])
            }
            if let notice {
                body.blank()
                body.paragraph(message(notice), style: .notice)
            }
        case .filling, .confirmingSubmit:
            guard let grid = session.grid else { return body.lines }
            body.paragraph(
                "Matrix drill: \(ExamText.plural(grid.cellCount, "cell")), \(ExamText.plural(grid.rowCount, "service")) by "
                    + "\(ExamText.plural(grid.columnCount, "control")). For each cell type "
                    + "a (AWS), c (Customer) or s (Shared): it is set and the next cell comes. x skips a cell, b goes back one, "
                    + "d submits.",
                style: .heading
            )
            body.blank()
            body.line([Span("\(grid.cellCount - grid.blankCount) of \(grid.cellCount) cells set.")])
            if let cell = grid.cell(at: grid.cursor), let condition = cell.condition {
                body.paragraph("\(name(grid, at: grid.cursor)): \(condition)", prefix: [Span("Note: ", .muted)])
            }
        case .marked(let result):
            guard let grid = session.grid else { return body.lines }
            let percent = Int((result.score * 100).rounded())
            body.paragraph(
                "Drill marked: score \(DrillGridView.number(result.credit)) of \(result.outcomes.count) (\(percent)%): "
                    + "\(result.count(of: .right)) right, \(result.count(of: .partial)) half right, "
                    + "\(result.count(of: .wrong)) wrong, \(result.count(of: .blank)) blank.",
                style: .heading
            )
            for outcome in result.outcomes {
                body.blank()
                body.paragraph(
                    "\(name(grid, at: outcome.position)): you said \(outcome.guessed?.title ?? "nothing"); "
                        + "the owner is \(outcome.actual.title): \(verdictWord(outcome.verdict)).",
                    style: .heading
                )
                guard let cell = grid.cell(at: outcome.position) else { continue }
                if let condition = cell.condition { body.paragraph(condition, prefix: [Span("Note: ", .muted)]) }
                if let aws = cell.awsPart { body.paragraph(aws, prefix: [Span("AWS: ", .muted)]) }
                if let customer = cell.customerPart { body.paragraph(customer, prefix: [Span("Customer: ", .muted)]) }
                body.paragraph(cell.explanation)
                FeedbackView.addSource(cell.sources, to: &body)
            }
        }
        return body.lines
    }

    /// "Lambda, patching the guest OS": a cell as the prompt names it.
    static func name(_ grid: DrillGrid, at position: GridPosition) -> String {
        guard grid.services.indices.contains(position.row), grid.controls.indices.contains(position.column) else { return "" }
        return "\(grid.services[position.row].shortName), \(grid.controls[position.column].phrase)"
    }

    static func verdictWord(_ verdict: DrillVerdict) -> String {
        switch verdict {
        case .right: "right"
        case .partial: "half right"
        case .wrong: "wrong"
        case .blank: "blank"
        }
    }

    private static func message(_ notice: DrillSession.ChoosingNotice) -> String {
        switch notice {
        case .pickAtLeastOne(.services): "Choose at least one service, or type all, or press Enter to let it pick."
        case .pickAtLeastOne(.controls): "Choose at least one control, or type all, or press Enter to let it pick."
        case .noCells: "The matrix rates none of these controls for these services: choose more of either."
        }
    }

    static func prompt(_ session: DrillSession) -> String {
        switch session.phase {
        case let .choosing(list, _, _):
            let what = list == .services ? "Services" : "Controls"
            let back = list == .controls ? ", b back to the services" : ""
            return "\(what) by number (such as 1 4 7), all, Enter to let it pick\(back), or q to leave: "
        case .filling:
            guard let grid = session.grid else { return "" }
            let cells = grid.cellPositions
            let number = (cells.firstIndex(of: grid.cursor) ?? 0) + 1
            let set = grid.guesses[grid.cursor].map { " (now \($0.title))" } ?? ""
            let last = number == cells.count && grid.guesses[grid.cursor] != nil ? " d submits," : ""
            return "Cell \(number) of \(cells.count), \(name(grid, at: grid.cursor))\(set):\(last) a/c/s? "
        case .confirmingSubmit(let blanks):
            let cells = blanks == 1 ? "1 cell is" : "\(blanks) cells are"
            return "\(cells) still blank and will score nothing. Submit anyway? y submits, n goes back: "
        case .marked:
            return ""
        }
    }

    static func read(_ line: String, in session: DrillSession) -> PlainFlow.Reading {
        let typed = line.trimmingCharacters(in: .whitespaces).lowercased()
        if typed == "q" || typed == "quit" { return .events([.quitRequested, .quitConfirmed]) }
        switch session.phase {
        case let .choosing(list, highlighted, _):
            return readChoice(typed, list: list, highlighted: highlighted, in: session)
        case .filling:
            return readCell(typed, in: session)
        case .confirmingSubmit:
            switch typed {
            case "y", "yes": return .events([.drill(.submitConfirmed)])
            case "n", "no": return .events([.drill(.submitCancelled)])
            default: return .again("Type y to submit or n to go back.")
            }
        case .marked:
            return .again("The drill is marked.")
        }
    }

    private static func readChoice(_ typed: String, list: DrillSession.Checklist, highlighted: Int, in session: DrillSession) -> PlainFlow.Reading {
        switch typed {
        case "": return .events([.drill(.randomPickRequested)])
        case "b" where list == .controls: return .events([.drill(.checklistBackRequested)])
        default: break
        }
        let count = session.entryCount(list)
        let wanted: Set<Int>
        if typed == "all" {
            wanted = Set(0..<count)
        } else {
            let words = typed.split(whereSeparator: { $0 == " " || $0 == "," })
            let numbers = words.compactMap { Int($0) }
            guard !words.isEmpty, numbers.count == words.count, numbers.allSatisfy({ (1...count).contains($0) }) else {
                return .again("Type numbers from 1 to \(count) (such as 1 4 7), all, or press Enter to let it pick.")
            }
            wanted = Set(numbers.map { $0 - 1 })
        }
        var events: [AppEvent] = []
        var at = highlighted
        for index in 0..<count {
            guard let id = session.entryID(list, at: index), wanted.contains(index) != session.picked(list).contains(id) else { continue }
            events += [.drill(.checklistHighlightMoved(by: index - at)), .drill(.highlightedEntryToggled)]
            at = index
        }
        return .events(events + [.drill(.checklistConfirmed)])
    }

    private static func readCell(_ typed: String, in session: DrillSession) -> PlainFlow.Reading {
        guard let grid = session.grid else { return .again("Nothing to answer here.") }
        let cells = grid.cellPositions
        let index = cells.firstIndex(of: grid.cursor) ?? 0
        func move(to target: Int) -> PlainFlow.Reading {
            let position = cells[target]
            return .events([.drill(.cursorMoved(rows: position.row - grid.cursor.row, columns: position.column - grid.cursor.column))])
        }
        switch typed {
        case "a", "aws": return .events([.drill(.ownerSet(.aws))])
        case "c", "customer": return .events([.drill(.ownerSet(.customer))])
        case "s", "shared": return .events([.drill(.ownerSet(.shared))])
        case "d", "done", "submit": return .events([.drill(.submitRequested)])
        case "x":
            guard index + 1 < cells.count else { return .again("This is the last cell: type d to submit.") }
            return move(to: index + 1)
        case "b":
            guard index > 0 else { return .again("This is the first cell.") }
            return move(to: index - 1)
        default:
            return .again("Type a (AWS), c (Customer) or s (Shared); x skips, b goes back, d submits, q leaves.")
        }
    }
}
