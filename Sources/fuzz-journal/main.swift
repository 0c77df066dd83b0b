import CFuzzDriver
import Foundation
import QuizCore

/// Fuzzes reading a journal: any bytes fold into progress or are reported line by line, never a crash; the lines
/// counted plus those reported never exceed the lines there are, and folding twice changes nothing more.
exit(srm_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    let start = ProgressFile(profile: "ada", createdAt: Date(timeIntervalSince1970: 1_700_000_000))
    let (progress, report) = ProgressStore.fold(journal: bytes, into: start)
    let lines = bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) } + 1
    precondition(report.problemCount + report.blankLines <= lines, "more lines reported than the journal holds")
    precondition(report.problems.count <= report.problemCount, "problems listed beyond those counted")
    precondition(ProgressStore.fold(journal: bytes, into: progress).progress == progress, "a journal folded twice changed the progress again")
    return 0
})
