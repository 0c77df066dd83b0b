import CFuzzDriver
import Foundation
import QuizCore

/// Fuzzes reading a progress file: any bytes either read as progress or are refused with a reason, never a crash;
/// what reads must write and read back the same.
exit(srm_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    guard let progress = try? ProgressStore.read(bytes, path: "fuzz.json") else { return 0 }
    let written = try! ProgressStore.encode(progress)
    precondition((try? ProgressStore.read(written, path: "again.json")) != nil, "a progress file that was read could not be read again")
    return 0
})
