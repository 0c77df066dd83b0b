import CFuzzDriver
import Foundation
import QuizCore

/// Fuzzes loading and validating a bank: the input is one questions file beside a fixed topics file; any bytes
/// either load or are refused with problems that each name the file, never a crash.
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("srm-quiz-fuzz-bank-\(getpid())")
try! FileManager.default.createDirectory(at: folder.appendingPathComponent("questions"), withIntermediateDirectories: true)
try! Data(#"{"schemaVersion": 1, "topics": [{"id": "basics", "title": "Basics"}, {"id": "services", "title": "Services"}]}"#.utf8)
    .write(to: folder.appendingPathComponent("topics.json"))
let questionsFile = folder.appendingPathComponent("questions/fuzz.json")

exit(srm_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    try! bytes.write(to: URL(fileURLWithPath: questionsFile.path))
    do throws(BankError) {
        _ = try BankLoader.load(directory: folder)
    } catch {
        precondition(error.problems.allSatisfy { !$0.file.isEmpty }, "a problem without its file")
    }
    return 0
})
