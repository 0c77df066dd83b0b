import Foundation
import Glibc
import QuizCore
import QuizUI

/// Plain mode's loop: the same sessions as lines of text, answers typed or piped in, no cursor movement. For
/// screen readers, `script` logs and scripts; used with `--plain` and whenever input or output is not a terminal.
struct PlainSession {
    var workspace: Workspace
    var state: AppState

    static let unsupported = "this mode needs a terminal: plain mode (--plain, or input or output that is not a terminal) runs practice, review, assess and train"

    mutating func run(after openingEffects: [AppEffect] = []) throws(Failure) {
        guard PlainFlow.supports(state) else { throw Failure(Self.unsupported, code: .usage) }
        if try workspace.carryOut(openingEffects) == .leave { return }
        let context = ViewContext(bank: workspace.bank, glyphs: Self.localeIsUTF8 ? .unicode : .ascii, gridsAsLists: true)
        let echo = isatty(STDIN_FILENO) == 0
        var shown: [String] = []
        while true {
            guard PlainFlow.supports(state) else { throw Failure(Self.unsupported, code: .usage) }
            let lines = PlainText.lines(state, context: context)
            let news = PlainText.news(since: shown, lines)
            if !news.isEmpty { try StandardStreams.write(news.joined(separator: "\n") + "\n\n") }
            shown = lines
            if PlainFlow.isFinished(state) { return }
            if let event = PlainFlow.automaticEvent(state) {
                if try apply(event) == .leave { return }
                continue
            }
            try StandardStreams.write(PlainFlow.prompt(state))
            guard let line = readLine() else {
                try StandardStreams.write("\nEnd of input: leaving. Every answer given is saved.\n")
                return
            }
            if echo { try StandardStreams.write(line + "\n") }
            switch PlainFlow.read(line, in: state, glossary: workspace.bank.glossary) {
            case .again(let message):
                try StandardStreams.write(message + "\n")
            case .events(let events):
                for event in events where try apply(event) == .leave { return }
            }
        }
    }

    /// True when the locale's character set is UTF-8 (`setlocale` has run); else glyphs fall back to ASCII.
    static var localeIsUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        return ["UTF-8", "utf8"].contains(String(cString: codeset))
    }

    private mutating func apply(_ event: AppEvent) throws(Failure) -> EffectOutcome {
        let (next, effects) = AppReducer(bank: workspace.bank).reduce(state, event, at: Date())
        state = next
        return try workspace.carryOut(effects)
    }
}
