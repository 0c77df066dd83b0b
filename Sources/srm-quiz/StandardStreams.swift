import Glibc
import QuizCore

/// Standard input, output and error as the app uses them: made safe at start, every write checked, and
/// everything written neutralised (`TerminalText`), since names, ids and values come from files.
enum StandardStreams {
    /// How text written to standard output is neutralised.
    enum Kind {
        /// Control characters shown as `\u{1B}` (text, CSV, Markdown, GIFT, Anki).
        case text
        /// Control characters written as JSON escapes, which keep the data whole.
        case json

        func neutralised(_ text: String) -> String {
            self == .json ? TerminalText.neutralisedJSON(text) : TerminalText.neutralised(text)
        }
    }

    /// The descriptors among 0-2 that were closed when the process started. Each now holds /dev/null, so that
    /// no file the app opens (a profile's lock, say) can become standard input, output or error.
    static let closedAtStart: Set<Int32> = reopenClosedDescriptors()

    /// Makes descriptors 0-2 safe, ignores SIGPIPE (a write to a closed pipe then fails, and is reported, like
    /// any other failed write) and lets SIGQUIT end the process at once rather than after a backtrace that
    /// waits for a key (unless it was ignored, as in a background job of a script).
    static func prepare() {
        _ = closedAtStart
        signal(SIGPIPE, SIG_IGN)
        var quit = sigaction()
        let ignored = unsafeBitCast(SIG_IGN, to: Int.self)
        if sigaction(SIGQUIT, nil, &quit) == 0, unsafeBitCast(quit.__sigaction_handler.sa_handler, to: Int.self) != ignored {
            signal(SIGQUIT, SIG_DFL)
        }
    }

    /// Writes `text` to standard output, neutralised; a failed write (a full disk, a closed pipe, output that
    /// was closed when the app started) is a `Failure` with exit code 74.
    static func write(_ text: String, as kind: Kind = .text) throws(Failure) {
        guard !closedAtStart.contains(STDOUT_FILENO) else {
            throw Failure("cannot write to standard output: it was closed when srm-quiz started", code: .io)
        }
        if let reason = writeAll(kind.neutralised(text), to: STDOUT_FILENO) {
            throw Failure("cannot write to standard output: \(reason)", code: .io)
        }
    }

    /// Writes a message to standard error, neutralised. Where it cannot be shown there is nobody to tell,
    /// so a failure here is not reported; the exit status still says what happened.
    static func writeError(_ text: String) {
        _ = writeAll(TerminalText.neutralised(text), to: STDERR_FILENO)
    }

    /// Writes every byte of `text` to `descriptor` (retrying after a signal); the reason of a failure, or nil.
    static func writeAll(_ text: String, to descriptor: Int32) -> String? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBytes { buffer -> String? in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return nil
        }
    }

    private static func reopenClosedDescriptors() -> Set<Int32> {
        var closed: Set<Int32> = []
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let null = open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY)
            if null >= 0, null != descriptor {
                dup2(null, descriptor)
                close(null)
            }
            closed.insert(descriptor)
        }
        return closed
    }
}
