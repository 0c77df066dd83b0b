import Foundation
import QuizCore
import QuizUI
import TerminalBackend

/// The event loop: draw the state, read a key (or let a second pass in timed modes), turn it into an event,
/// reduce, carry out the effects.
struct TerminalSession {
    var workspace: Workspace
    var state: AppState
    let useColour: Bool

    mutating func run(after openingEffects: [AppEffect] = []) throws(Failure) {
        if try workspace.carryOut(openingEffects) == .leave { return }
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(colour: useColour)
        } catch {
            throw Failure("\(error.description); or use --plain for questions as lines of text", code: .io)
        }
        defer { terminal.close() }
        let reducer = AppReducer(bank: workspace.bank)
        let context = ViewContext(bank: workspace.bank, glyphs: terminal.glyphs)
        var lastTick = Date.distantPast
        while true {
            let (width, height) = terminal.size
            let frame = AppView.render(state, context: context, width: width, height: height)
            terminal.draw(frame)
            var events: [AppEvent] = []
            switch terminal.readInput(waitingAtMost: state.isTimed ? 1000 : nil) {
            case .key(let pressed):
                if let mapped = KeyBindings.event(for: pressed, in: state, frame: frame) { events.append(mapped) }
            case .timedOut, .ignored: break
            case .closed: return
            }
            // The clock moves with time, not with quiet: keys pressed without a pause must not hold it still.
            if state.isTimed, Date().timeIntervalSince(lastTick) >= 1 {
                events.append(.timerTicked)
                lastTick = Date()
            }
            for event in events {
                let asked = state.questionAsked
                let (next, effects) = reducer.reduce(state, event, at: Date())
                state = next
                if try workspace.carryOut(effects) == .leave { return }
                if let question = state.questionAsked, question != asked { terminal.discardTypeahead() }
            }
        }
    }
}
