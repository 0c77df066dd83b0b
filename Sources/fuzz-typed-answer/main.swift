import CFuzzDriver
import Glibc
import QuizCore

/// Fuzzes the plain-mode answer parser: the first byte picks the question's shape, the rest is the typed line.
exit(srm_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
    guard let data, size > 0 else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let choices = Int(bytes[0] % 9) + 1
    let picks = Int(bytes[0] / 9 % 3) + 1
    let line = String(decoding: bytes.dropFirst(), as: UTF8.self)
    if case .choices(let positions) = TypedAnswer.parse(line, choiceCount: choices, picks: picks) {
        precondition(positions.count == picks && Set(positions).count == picks && positions.allSatisfy { (0..<choices).contains($0) })
    }
    return 0
})
