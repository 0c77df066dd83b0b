import QuizCore

/// A screen as plain lines of text, for plain mode: the body only, trailing spaces dropped, anything
/// unprintable neutralised, so bank text can never reach the terminal or a log as an escape sequence.
public enum PlainText {
    public static let width = 78

    /// What plain mode renders with: no focus marker (the pointer is a space), grids as lists, text never cut.
    public static func context(bank: Bank, utf8: Bool) -> ViewContext {
        ViewContext(bank: bank, glyphs: (utf8 ? Glyphs.unicode : Glyphs.ascii).withoutPointer, gridsAsLists: true)
    }

    public static func lines(_ state: AppState, context: ViewContext) -> [String] {
        let styled: [StyledLine] = switch state.screen {
        case .exam(let session) where !state.showsGlossary: PlainExam.lines(session, context: context, width: width)
        case .drill(let session): PlainDrill.lines(session, context: context, width: width)
        default: AppView.bodyLines(state, context: context, width: width, height: 1000)
        }
        var lines = styled.map(text)
        while lines.first == "" { lines.removeFirst() }
        while lines.last == "" { lines.removeLast() }
        return lines
    }

    /// What is new on `current` since `previous` was printed: its first line (the status) if that changed, then
    /// everything from the first later line that differs, so a question is not read out twice with its feedback.
    public static func news(since previous: [String], _ current: [String]) -> [String] {
        guard let first = current.first, first == previous.first || previous.count > 1 else { return current }
        var start = 1
        while start < current.count, start < previous.count, current[start] == previous[start] { start += 1 }
        guard current[1..<start].contains(where: { !$0.isEmpty }) else { return current }
        return (first == previous.first ? [] : [first]) + current[start...]
    }

    /// The glossary as plain lines, as `g` prints it in plain mode.
    public static func glossary(_ terms: [GlossaryTerm]) -> String {
        GlossaryView.lines(terms, width: width).map(text).joined(separator: "\n")
    }

    static func text(_ line: StyledLine) -> String {
        var out = String(line.spans.flatMap { $0.text.map(DisplayWidth.printable) })
        while out.hasSuffix(" ") { out.removeLast() }
        return out
    }
}
