import Foundation

/// The repository's QuestionBank/, in a folder above the build folder the benchmark runs from.
enum BundledBank {
    static func locate() throws -> URL {
        var folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("QuestionBank")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("topics.json").path) { return candidate }
            folder.deleteLastPathComponent()
        }
        throw BenchFailure("cannot find QuestionBank/ above the benchmark binary")
    }
}
