import Foundation
import Glibc
import QuizCore
import QuizUI
import TerminalBackend

/// Rendering the busiest screen (the whole matrix drill, marked, at 200x60), and the bytes one move of the
/// highlight sends to the terminal at 80x24.
enum ScreenFigures {
    static func measure(runs: Int) throws -> [Figure] {
        let bank = try BankLoader.load(directory: try BundledBank.locate())
        let context = ViewContext(bank: bank, glyphs: .unicode)
        let drill = try markedWholeMatrix(bank)
        let renderSeconds = Measure.median(runs: max(runs, 101)) {
            _ = AppView.render(drill, context: context, width: 200, height: 60)
        }
        return [
            Figure(name: "render the whole matrix drill, marked, at 200x60", value: renderSeconds * 1000, unit: "ms", limit: 2),
            Figure(name: "bytes sent for one highlight move at 80x24", value: Double(try bytesForOneMove(bank)), unit: "bytes", limit: 300),
        ]
    }

    private static func markedWholeMatrix(_ bank: Bank) throws -> AppState {
        let reducer = AppReducer(bank: bank)
        let now = Date()
        var state = reducer.startDrill(AppState(screen: .home(highlighted: .drill), profile: "bench", totals: ProgressTotals(), sessionSize: 10, nextSeed: 1), at: now)
        for event: DrillEvent in [.wholeMatrixRequested, .ownerSet(.customer), .cursorMoved(rows: 3, columns: 4), .ownerSet(.aws), .submitRequested, .submitConfirmed] {
            state = reducer.reduce(state, .drill(event), at: now).0
        }
        guard case .drill(let session) = state.screen, session.isMarked else { throw BenchFailure("the drill did not reach its marked grid") }
        return state
    }

    private static func bytesForOneMove(_ bank: Bank) throws -> Int {
        setenv("LINES", "24", 1)
        setenv("COLUMNS", "80", 1)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("srm-quiz-bench-\(getpid()).screen").path
        guard let output = fopen(path, "w"), let input = fopen("/dev/null", "r") else { throw BenchFailure("cannot open \(path)") }
        defer {
            fclose(output)
            fclose(input)
            unlink(path)
        }
        let terminal = try CursesTerminal(colour: true, terminalType: "xterm-256color", output: output, input: input)
        defer { terminal.close() }
        let reducer = AppReducer(bank: bank)
        let context = ViewContext(bank: bank, glyphs: terminal.glyphs)
        var state = reducer.startPractice(AppState(screen: .home(highlighted: .practice), profile: "bench", totals: ProgressTotals(), sessionSize: 10, nextSeed: 3), at: Date())
        if case .practice(let session) = state.screen, session.showsStory {
            state = reducer.reduce(state, .session(.storyClosed), at: Date()).0
        }
        terminal.draw(AppView.render(state, context: context, width: 80, height: 24))
        fflush(output)
        let before = try size(path)
        state = reducer.reduce(state, .session(.highlightMoved(by: 1)), at: Date()).0
        terminal.draw(AppView.render(state, context: context, width: 80, height: 24))
        fflush(output)
        return try size(path) - before
    }

    private static func size(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }
}
