import Foundation
import Testing
import QuizUI

/// Compares a rendered screen with `Golden/NAME.txt`; run with `UPDATE_GOLDEN=1` to write the files anew
/// after a deliberate change, then read the diff before committing.
enum GoldenFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ screen: ScreenBuffer, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent("\(name).txt")
        let actual = screen.lines.joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("No golden file \(url.path); run the tests with UPDATE_GOLDEN=1 to create it", sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            var report: [String] = []
            for row in 0..<max(expectedLines.count, actualLines.count) {
                let want = row < expectedLines.count ? String(expectedLines[row]) : "<none>"
                let got = row < actualLines.count ? String(actualLines[row]) : "<none>"
                if want != got { report.append("row \(row):\n  golden: \(want)\n  actual: \(got)") }
            }
            let details = report.joined(separator: "\n")
            Issue.record("\(name) differs from \(url.lastPathComponent):\n\(details)", sourceLocation: sourceLocation)
        }
    }
}
