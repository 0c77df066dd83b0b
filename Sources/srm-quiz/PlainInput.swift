import Glibc

/// Lines typed or piped into plain mode, read from standard input directly (no stdio buffer), so that waiting for
/// one can stop every second for an exam's countdown, as the full screen's loop does.
struct PlainInput {
    private var pending: [UInt8] = []
    private var ended = false

    enum Wait: Equatable {
        case line(String)
        /// No whole line came within the time given.
        case timedOut
        case endOfInput
    }

    /// The next line without its line ending; waits at most `timeout` seconds when one is given.
    mutating func next(timeout: Double?) -> Wait {
        while true {
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                var bytes = Array(pending[..<newline])
                pending.removeSubrange(...newline)
                if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
                return .line(String(decoding: bytes, as: UTF8.self))
            }
            if ended {
                guard !pending.isEmpty else { return .endOfInput }
                defer { pending.removeAll() }
                return .line(String(decoding: pending, as: UTF8.self))
            }
            if let timeout {
                var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
                let ready = poll(&descriptor, 1, Int32(timeout * 1000))
                if ready == 0 { return .timedOut }
                if ready < 0 {
                    if errno == EINTR { return .timedOut }
                    ended = true
                    continue
                }
            }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = read(STDIN_FILENO, &buffer, buffer.count)
            if count < 0, errno == EINTR { continue }
            if count <= 0 {
                ended = true
            } else {
                pending += buffer[..<count]
            }
        }
    }
}
