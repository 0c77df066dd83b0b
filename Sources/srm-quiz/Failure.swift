import ArgumentParser
import Foundation

/// A fatal problem with its message and sysexits code.
struct Failure: Error {
    /// sysexits(3): 64 bad usage, 65 bad data, 74 I/O error, 75 try again later (the profile is in use).
    enum Code: Int32 {
        case usage = 64
        case data = 65
        case io = 74
        case busy = 75
    }

    let message: String
    let code: Code

    init(_ message: String, code: Code) {
        self.message = message
        self.code = code
    }
}

extension ParsableCommand {
    /// Runs `body`; a `Failure` is printed to standard error as `srm-quiz: message` and becomes its exit code.
    func reportingFailures(_ body: () throws(Failure) -> Void) throws {
        do {
            try body()
        } catch {
            FileHandle.standardError.write(Data("srm-quiz: \(error.message)\n".utf8))
            throw ExitCode(error.code.rawValue)
        }
    }
}
