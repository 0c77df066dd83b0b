import QuizCore

/// The line under the grid that says in words what its letters and marks mean, with the counts after marking.
enum DrillLegend {
    static func lines(_ grid: DrillGrid, result: DrillResult?, glyphs: Glyphs, width: Int) -> [StyledLine] {
        var items: [[(String, Style)]] = Owner.allCases.map { [(DrillGridView.letter($0), .heading), (" " + $0.title, .muted)] }
        if let result {
            items += DrillVerdict.allCases.map { verdict in
                let mark = verdict == .blank ? glyphs.blank : DrillGridView.verdictMark(verdict, glyphs: glyphs)
                return [(mark, DrillGridView.verdictStyle(verdict)), (" \(result.count(of: verdict)) \(name(verdict))", .muted)]
            }
        } else {
            items.append([(glyphs.blank, .heading), (" blank", .muted)])
            if grid.cells.contains(where: { $0?.condition != nil }) {
                items.append([("*", .heading), (" depends on a setting or date", .muted)])
            }
        }
        return SpanRow.flowed(items, width: width)
    }

    static func name(_ verdict: DrillVerdict) -> String {
        switch verdict {
        case .right: "right"
        case .partial: "half credit"
        case .wrong: "wrong"
        case .blank: "blank"
        }
    }
}
