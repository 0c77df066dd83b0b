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
    /// The sync with the policy's LRS, started after the first frame; `finishSync` gives it a last bounded run.
    var background: BackgroundSync? = nil
    /// Notices found after the first frame (a saved exam moved aside): on the screen at once, and printed to
    /// standard error once the screen is closed.
    var lateNotices: [String] = []

    mutating func run(after openingEffects: [AppEffect] = []) throws(Failure) {
        if try workspace.carryOut(openingEffects) == .leave { return }
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(colour: useColour)
        } catch {
            throw Failure("\(error.description); or use --plain for questions as lines of text", code: .io)
        }
        defer {
            terminal.close()
            Workspace.announce(lateNotices)
        }
        let reducer = AppReducer(bank: workspace.bank)
        var context = ViewContext(bank: workspace.bank, glyphs: terminal.glyphs)
        var lastTick = Date.distantPast
        var firstFrame = true
        while true {
            context.lrsSync = background?.state
            let (width, height) = terminal.size
            let frame = AppView.render(state, context: context, width: width, height: height)
            terminal.draw(frame)
            if firstFrame {
                firstFrame = false
                try firstFrameDrawn()
                continue
            }
            var events: [AppEvent] = []
            // While a sync runs in the background, the loop looks up every quarter second to show how it ended.
            let wait = state.isTimed ? 1000 : (background?.isRunning == true ? 250 : nil)
            switch terminal.readInput(waitingAtMost: wait) {
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
                if effects.contains(where: \.savesRecords) { background?.kick() }
                if let question = state.questionAsked, question != asked { terminal.discardTypeahead() }
            }
        }
    }

    /// What waits until the learner sees the first frame: folding the journal of earlier runs into the progress
    /// file (in the background; every write waits for it), the home screen's figures from the whole history and
    /// the saved exam, then the LRS sync in the background. It runs before the first key is read, so every key
    /// meets the whole state. (Never inlined:
    /// `srm-quiz-bench start` counts the instructions executed up to its entry.)
    @inline(never)
    private mutating func firstFrameDrawn() throws(Failure) {
        workspace.startCompaction()
        if state.historyPending {
            let now = Date()
            if let notice = workspace.fillHistory(into: &state, at: now) { lateNotices.append(notice) }
            if case .home(let highlighted) = state.screen {
                state = AppReducer(bank: workspace.bank).home(state, highlighting: highlighted, at: now)
            }
        }
        background = BackgroundSync.make(for: workspace)
        background?.kick()
    }

    /// After the screen is closed: one last sync, waited for at most `BackgroundSync.exitWait`.
    func finishSync() {
        background?.finish()
    }
}
