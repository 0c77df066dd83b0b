import CFuzzDriver
import Foundation
@_spi(Fuzzing) import QuizCore

/// Fuzzes reading a progress file: any bytes either read as progress or are refused with a reason, never a crash;
/// the fast reader and the JSON tree read them alike or refuse them with the same words; what reads must write and
/// read back the same.
exit(srm_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    let read = Result { () throws(ProgressError) in try ProgressStore.read(bytes, path: "fuzz.json") }
    let tree = Result { () throws(ProgressError) in try ProgressStore.decodeTree(bytes, path: "fuzz.json") }
    precondition(read == tree, "the fast reader and the JSON tree disagree: \(read) against \(tree)")
    guard let progress = try? read.get() else { return 0 }
    let written = try! ProgressStore.encode(progress)
    precondition((try? ProgressStore.read(written, path: "again.json")) != nil, "a progress file that was read could not be read again")
    return 0
})
