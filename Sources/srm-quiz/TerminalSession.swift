import Foundation
import QuizCore
import QuizUI
import TerminalBackend

/// The event loop: draw the state, read a key, turn it into an event, reduce, carry out the effects.
struct TerminalSession {
    var workspace: Workspace
    var state: AppState
    let useColour: Bool

    mutating func run() throws(Failure) {
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(colour: useColour)
        } catch {
            throw Failure(error.description, code: .io)
        }
        defer { terminal.close() }
        let reducer = AppReducer(bank: workspace.bank)
        let context = ViewContext(bank: workspace.bank, glyphs: terminal.glyphs)
        while true {
            let (width, height) = terminal.size
            let frame = AppView.render(state, context: context, width: width, height: height)
            terminal.draw(frame)
            let key: Key
            switch terminal.readInput() {
            case .key(let pressed): key = pressed
            case .ignored: continue
            case .closed: return
            }
            guard let event = KeyBindings.event(for: key, in: state, frame: frame) else { continue }
            let (next, effects) = reducer.reduce(state, event, at: Date())
            state = next
            for effect in effects {
                switch effect {
                case let .saveAnswer(outcome, sessionID):
                    try workspace.record(outcome, session: sessionID, mode: "practice")
                case .exit:
                    return
                }
            }
        }
    }
}
