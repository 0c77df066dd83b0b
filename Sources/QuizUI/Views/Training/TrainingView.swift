import Foundation
import QuizCore

/// Awareness training: the module list, a module's pages, its questions, the result, and the completion record.
public enum TrainingView {
    public static func lines(_ session: TrainingSession, context: ViewContext, width: Int) -> [StyledLine] {
        switch session.screen {
        case let .moduleList(highlighted, notice):
            ModuleListView.lines(session, highlighted: highlighted, notice: notice, context: context, width: width)
        case let .page(module, page):
            TeachingPageView.lines(session, module: module, page: page, context: context, width: width)
        case let .questions(module, attempt):
            ModuleQuestionsView.lines(session, module: module, attempt: attempt, context: context, width: width)
        case let .result(module, attempt):
            ModuleResultView.lines(session, module: module, attempt: attempt, context: context, width: width)
        case .completed(let record):
            TrainingCompleteView.lines(record, context: context, width: width)
        }
    }

    /// "Module 2 of 5 · Your data and encryption".
    static func moduleHeading(_ session: TrainingSession, module: Int, glyphs: Glyphs) -> String {
        "Module \(module + 1) of \(session.modules.count) \(glyphs.separator) \(session.modules[module].title)"
    }

    /// "7 of 8 (88%)". The percent is rounded, except down where rounding up would reach a pass mark not reached.
    static func score(correct: Int, total: Int, passMark: PassMark) -> String {
        guard total > 0 else { return "0 of 0" }
        var percent = Int((Double(correct) * 100 / Double(total)).rounded())
        if !passMark.isMet(correct: correct, total: total) && percent >= passMark.percent {
            percent = correct * 100 / total
        }
        return "\(correct) of \(total) (\(percent)%)"
    }

    /// A day as `YYYY-MM-DD`, in UTC: the start of the date as srm-quiz records it (`ISODate`).
    static func day(_ date: Date) -> String {
        String(ISODate.text(date).prefix(10))
    }

    /// Left text and right text on one line, the right pushed to the edge; the right is left out when both do not fit.
    static func addSplitLine(left: Span, right: Span, to body: inout BodyBuilder) {
        let gap = body.width - DisplayWidth.of(left.text) - DisplayWidth.of(right.text)
        if gap >= 2 {
            body.line([left, Span(String(repeating: " ", count: gap)), right])
        } else {
            body.paragraph(left.text, style: left.style)
        }
    }

    /// One module in a list: the mark, its number and title in a column `titleWidth` wide, then `text`, wrapped
    /// under itself.
    static func addModuleRow(
        number: Int, title: String, titleWidth: Int, mark: Span, text: String, textStyle: Style, pointer: String?,
        to body: inout BodyBuilder
    ) {
        let padding = String(repeating: " ", count: max(0, titleWidth - DisplayWidth.of(title)))
        let titleStyle: Style = pointer == nil ? .plain : .selected
        body.paragraph(text, style: textStyle, prefix: [
            Span(" \(pointer ?? " ") ", .selected), mark, Span(" \(number). \(title)\(padding)", titleStyle), Span("  "),
        ])
    }
}

extension Glyphs {
    /// Marks a module that is open and not yet tried.
    var open: String { self == .ascii ? "o" : "○" }
    /// Marks a module that opens once the one before it is passed.
    var locked: String { self == .ascii ? "-" : "·" }
}
