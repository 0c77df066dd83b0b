import Foundation
import Glibc
import QuizCore
import QuizUI

/// Plain mode's loop: the same sessions as lines of text, answers typed or piped in, no cursor movement. For
/// screen readers, `script` logs and scripts; used with `--plain` and whenever input or output is not a terminal.
/// While an exam runs, the clock ticks every second while a line is awaited and again when one arrives, as on the
/// full screen: time running out submits the exam, typed or not.
struct PlainSession {
    var workspace: Workspace
    var state: AppState

    mutating func run(after openingEffects: [AppEffect] = []) throws(Failure) {
        if try workspace.carryOut(openingEffects) == .leave { return }
        let context = PlainText.context(bank: workspace.bank, utf8: Self.localeIsUTF8)
        let echo = isatty(STDIN_FILENO) == 0
        var input = PlainInput()
        var shown: [String] = []
        screens: while true {
            if state.isTimed, try apply(.timerTicked) == .leave { return }
            let lines = PlainText.lines(state, context: context)
            let news = PlainText.news(since: shown, lines)
            if !news.isEmpty { try StandardStreams.write(news.joined(separator: "\n") + "\n\n") }
            shown = lines
            if PlainFlow.isFinished(state) { return }
            if let event = PlainFlow.automaticEvent(state) {
                if try apply(event) == .leave { return }
                continue
            }
            let timed = state.isTimed
            try StandardStreams.write(PlainFlow.prompt(state))
            let line: String
            waiting: while true {
                switch input.next(timeout: timed ? 1 : nil) {
                case .line(let typed):
                    line = typed
                    break waiting
                case .timedOut:
                    let warned = PlainFlow.timeWarning(state)
                    if try apply(.timerTicked) == .leave { return }
                    if !state.isTimed {
                        try StandardStreams.write("\n\n")
                        continue screens
                    }
                    if let warning = PlainFlow.timeWarning(state), warning != warned {
                        try StandardStreams.write("\n\(warning)\n\(PlainFlow.prompt(state))")
                    }
                case .endOfInput:
                    try StandardStreams.write("\nEnd of input: leaving. Every answer given is saved.\n")
                    return
                }
            }
            if echo { try StandardStreams.write(line + "\n") }
            if timed {
                if try apply(.timerTicked) == .leave { return }
                if !state.isTimed {
                    try StandardStreams.write("Time ran out before that line came: it was not taken.\n\n")
                    continue
                }
            }
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
