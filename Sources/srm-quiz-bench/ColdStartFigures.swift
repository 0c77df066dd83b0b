import Foundation

/// Cold start to the first frame on the bundled bank, against a Swift hello-world started the same way.
enum ColdStartFigures {
    static func measure(runs: Int, work: URL) throws -> [Figure] {
        let folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let app = folder.appendingPathComponent("srm-quiz").path
        let hello = folder.appendingPathComponent("bench-hello").path
        let environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "SRM_QUIZ_HOME": work.appendingPathComponent("home").path]
        let appSeconds = try Measure.median(runs: runs) {
            _ = try ColdStart.seconds(app, ["--profile", "bench"], until: "Question bank:", environment: environment)
        }
        let helloSeconds = try Measure.median(runs: runs) {
            _ = try ColdStart.seconds(hello, [], until: "hello", environment: environment)
        }
        return [
            Figure(name: "cold start to the first frame", value: appSeconds * 1000, unit: "ms", limit: nil),
            Figure(name: "Swift hello-world started the same way", value: helloSeconds * 1000, unit: "ms", limit: nil),
            Figure(name: "cold start as a multiple of hello-world", value: appSeconds / helloSeconds, unit: "x", limit: 3),
        ]
    }
}
