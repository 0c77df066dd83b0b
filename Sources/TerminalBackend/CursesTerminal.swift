import CNcursesw
import CTerminalGuard
import Glibc
import QuizUI

/// The only place that talks to ncurses: copies screen buffers to the terminal, cell by changed cell,
/// and reads keys. Starting it installs the terminal guard; `close()` restores the terminal.
public final class CursesTerminal {
    public let glyphs: Glyphs
    public let usesColour: Bool
    private let screen: OpaquePointer
    private let styles: CursesStyles
    private var shown: ScreenBuffer?
    private var isOpen = true

    /// Opens the terminal named by `terminalType` (default `$TERM`) on the given streams (default stdin/stdout).
    public init(
        colour wantsColour: Bool, terminalType: String? = nil,
        output: UnsafeMutablePointer<FILE>? = nil, input: UnsafeMutablePointer<FILE>? = nil
    ) throws(TerminalError) {
        srm_terminal_guard_install()
        let outputStream = output ?? srm_stdout()
        let inputStream = input ?? srm_stdin()
        let opened = terminalType.map { newterm($0, outputStream, inputStream) } ?? newterm(nil, outputStream, inputStream)
        guard let opened else {
            srm_terminal_guard_remove()
            let name = terminalType ?? getenv("TERM").map { String(cString: $0) } ?? "(unset)"
            throw TerminalError("cannot drive the terminal type \"\(name)\" (TERM); set TERM to one your system knows, such as xterm-256color")
        }
        screen = opened
        set_term(opened)
        cbreak()
        noecho()
        nonl()
        keypad(srm_stdscr(), true)
        leaveok(srm_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        usesColour = wantsColour && has_colors()
        if usesColour { start_color() }
        styles = CursesStyles(colour: usesColour)
        glyphs = srm_locale_is_utf8() != 0 ? .unicode : .ascii
    }

    deinit {
        close()
    }

    public var size: (width: Int, height: Int) {
        (Int(getmaxx(srm_stdscr())), Int(getmaxy(srm_stdscr())))
    }

    /// Writes the cells that differ from the last frame, then lets ncurses send what changed.
    public func draw(_ frame: ScreenBuffer) {
        let previous = shown.flatMap { $0.width == frame.width && $0.height == frame.height ? $0 : nil }
        for row in 0..<frame.height {
            for column in 0..<frame.width {
                let cell = frame[row, column]
                if cell.isContinuation || previous?[row, column] == cell { continue }
                let look = styles.look(cell.style)
                var wide = Array(cell.text.unicodeScalars.prefix(Int(CCHARW_MAX)).map { wchar_t(bitPattern: $0.value) })
                wide.append(0)
                _ = srm_put_cell(Int32(row), Int32(column), wide, look.attributes, look.pair)
            }
        }
        wnoutrefresh(srm_stdscr())
        doupdate()
        shown = frame
    }

    /// Forgets what is on screen so the next `draw` repaints every cell (after a resize).
    public func invalidate() {
        shown = nil
    }

    public enum Input: Equatable, Sendable {
        case key(Key)
        /// A key the app has no use for, or a read interrupted by a signal.
        case ignored
        /// The input stream is gone (end of file or an error): nothing more will come.
        case closed
        /// No key came within the time allowed.
        case timedOut
    }

    /// Waits for the next key, for at most `milliseconds` when given.
    public func readInput(waitingAtMost milliseconds: Int? = nil) -> Input {
        var code: wint_t = 0
        wtimeout(srm_stdscr(), Int32(milliseconds ?? -1))
        let started = Self.monotonicMilliseconds()
        errno = 0
        let status = wget_wch(srm_stdscr(), &code)
        if status == ERR {
            if errno == EINTR { return .ignored }
            // End of input also reads as ERR, but at once rather than after the wait.
            guard let milliseconds, Self.monotonicMilliseconds() - started >= milliseconds / 2 else { return .closed }
            return .timedOut
        }
        guard let key = KeyDecoder.key(status: status, code: UInt32(code)) else { return .ignored }
        if key == .resize { invalidate() }
        if key == .escape { return escapeOrSequence() }
        return .key(key)
    }

    /// After an Esc: a key of a sequence the terminal's description did not decode, read whole when it is already
    /// waiting (so it is never taken as Esc, which leaves a screen, and stray characters); else the Esc itself.
    private func escapeOrSequence() -> Input {
        var code: wint_t = 0
        wtimeout(srm_stdscr(), 0)
        guard wget_wch(srm_stdscr(), &code) == OK else { return .key(.escape) }
        guard code == 0x5B || code == 0x4F else {
            unget_wch(wchar_t(code))
            return .key(.escape)
        }
        var rest = [UInt32(code)]
        while rest.count < 16, wget_wch(srm_stdscr(), &code) == OK {
            rest.append(UInt32(code))
            if rest.count >= 2, KeyDecoder.endsSequence(UInt32(code)) { break }
        }
        return KeyDecoder.key(escapeSequence: rest).map(Input.key) ?? .ignored
    }

    /// Drops every key typed but not read yet: keys meant for a screen that has just gone.
    public func discardTypeahead() {
        flushinp()
    }

    private static func monotonicMilliseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
    }

    /// The text on the ncurses screen, row by row: what a headless test reads back.
    public func screenText() -> [String] {
        let (width, height) = size
        var buffer = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
        return (0..<height).map { row in
            var line = ""
            for column in 0..<width where srm_read_cell(Int32(row), Int32(column), &buffer, Int32(buffer.count)) != ERR {
                for value in buffer.prefix(while: { $0 != 0 }) {
                    if let scalar = Unicode.Scalar(UInt32(bitPattern: value)) { line.unicodeScalars.append(scalar) }
                }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    /// Restores the terminal as it was; safe to call more than once.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        endwin()
        delscreen(screen)
        srm_terminal_guard_remove()
    }
}
