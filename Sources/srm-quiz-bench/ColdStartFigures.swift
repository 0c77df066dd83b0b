import Foundation

/// Cold start of each kind of srm-quiz start, against a Swift hello-world started the same way in the same run
/// (one of each, alternately, so the machine's drift touches both alike).
enum ColdStartFigures {
    /// One way srm-quiz is started, and what shows it is ready.
    struct Start {
        let name: String
        let arguments: [String]
        let end: ColdStart.End
        /// Removes the bank cache before each run: the first start after a new build or a changed bank.
        var withoutBankCache = false
        /// The program started, beside srm-quiz in the build folder.
        var program = "srm-quiz"

        /// Its marker is drawn after the first frame, where callgrind's count stops: timed only.
        var drawnAfterFirstFrame: Bool {
            if case .shows(let marker) = end { return marker == "due now" }
            return false
        }
    }

    /// The target: each start at most this many times the hello-world.
    static let targetMultiple = 3.0

    static func starts(_ fixture: ColdStartFixture) -> [Start] {
        [
            Start(name: "home screen, first frame", arguments: fixture.options, end: .shows("Question bank:")),
            Start(name: "home screen, first frame, no bank cache yet", arguments: fixture.options, end: .shows("Question bank:"), withoutBankCache: true),
            Start(name: "home screen, first frame, a new learner (no profile yet)", arguments: fixture.newcomerOptions, end: .shows("Question bank:")),
            Start(name: "home screen with the figures drawn after its first frame (due count)", arguments: fixture.options, end: .shows("due now")),
            Start(name: "practice, first question on screen", arguments: ["practice", "--seed", "1"] + fixture.options, end: .shows("Question 1 of")),
            Start(name: "report, to its end", arguments: ["report"] + fixture.options, end: .exits),
            Start(name: "validate, to its end", arguments: ["validate", "--policy", fixture.policy.path], end: .exits),
            Start(name: "--help, to its end", arguments: ["--help"], end: .exits),
            Start(name: "the floor: the smallest swift-argument-parser program, to its end", arguments: [], end: .exits, program: "bench-parser-floor"),
        ]
    }

    static func measure(runs: Int, fixture: ColdStartFixture) throws -> [Figure] {
        let folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let hello = folder.appendingPathComponent("bench-hello").path
        var figures: [Figure] = []
        for start in starts(fixture) {
            let app = folder.appendingPathComponent(start.program).path
            var appTimes: [Double] = []
            var helloTimes: [Double] = []
            _ = try ColdStart.seconds(app, start.arguments, until: start.end, environment: fixture.environment)
            for _ in 0..<runs {
                try fixture.reset()
                if start.withoutBankCache { fixture.removeBankCache() }
                appTimes.append(try ColdStart.seconds(app, start.arguments, until: start.end, environment: fixture.environment))
                helloTimes.append(try ColdStart.seconds(hello, [], until: .shows("hello"), environment: fixture.environment))
            }
            let appMedian = median(appTimes)
            let helloMedian = median(helloTimes)
            figures += [
                Figure(name: "cold start, \(start.name)", value: appMedian * 1000, unit: "ms", limit: nil),
                Figure(name: "  hello-world beside it", value: helloMedian * 1000, unit: "ms", limit: nil),
                Figure(name: "  as a multiple of hello-world", value: appMedian / helloMedian, unit: "x", limit: start.program == "srm-quiz" ? targetMultiple : nil),
            ]
        }
        try fixture.reset()
        return figures
    }

    static func median(_ values: [Double]) -> Double {
        values.sorted()[values.count / 2]
    }
}
