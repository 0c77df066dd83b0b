import ArgumentParser

/// A fatal problem with its message and sysexits code.
struct Failure: Error {
    /// sysexits(3): 64 bad usage, 65 bad data, 69 a service unavailable (the LRS), 74 I/O error, 75 try again
    /// later (the profile is in use), 77 permission denied (the LRS refused the credentials).
    enum Code: Int32 {
        case usage = 64
        case data = 65
        case unavailable = 69
        case io = 74
        case busy = 75
        case denied = 77
    }

    let message: String
    let code: Code

    init(_ message: String, code: Code) {
        self.message = message
        self.code = code
    }
}

extension ParsableCommand {
    /// Runs `body`; a `Failure` is printed to standard error as `srm-quiz: message` (neutralised: messages name
    /// files, ids and values) and becomes its exit code.
    func reportingFailures(_ body: () throws(Failure) -> Void) throws {
        do {
            try body()
        } catch {
            StandardStreams.writeError("srm-quiz: \(error.message)\n")
            throw ExitCode(error.code.rawValue)
        }
    }
}
