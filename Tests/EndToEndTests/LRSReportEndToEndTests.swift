import Foundation
import XCTest

/// `report --lrs URL` against a real Ralph LRS: the team report built from the statements the LRS holds gives the
/// same figures as the report from the same learner's files, and an LRS that refuses or is gone is named.
final class LRSReportEndToEndTests: XCTestCase {
    /// Answers `count` questions of the bundled bank in plain mode and returns how many the profile now holds.
    func answer(_ count: Int, app: AppUnderTest, policy: URL, seed: Int) throws -> Int {
        let input = String(repeating: "1\n1 2\n", count: count * 3)
        let result = try app.run(["practice", "--plain", "--seed", "\(seed)", "--count", "\(count)", "--policy", policy.path]
                                 + app.options(bundledBank: true), input: input)
        XCTAssertEqual(result.status, 0, result.stderr)
        return try app.progress()?.answers.count ?? 0
    }

    func sync(_ app: AppUnderTest, policy: URL) throws -> Command.Result {
        try app.run(["sync", "--policy", policy.path] + app.options(bundledBank: true))
    }


    func testTheTeamReportFromTheLRSIsTheReportFromTheFiles() throws {
        let app = try AppUnderTest()
        let lrs = try RalphLRS()
        try lrs.start()
        let policy = try LRSSyncEndToEndTests.writePolicy(in: app, endpoint: lrs.endpoint)
        XCTAssertEqual(try answer(12, app: app, policy: policy, seed: 3), 12)
        let sent = try sync(app, policy: policy)
        XCTAssertEqual(sent.status, 0, sent.stderr)

        let team = app.dataDirectory.appendingPathComponent("collected")
        try FileManager.default.createDirectory(at: team, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: app.progressFile, to: team.appendingPathComponent("e2e.json"))
        for format in ["json", "text"] {
            let fromFiles = try app.run(["report", "--team", team.path, "--policy", policy.path, "--format", format])
            let fromLRS = try app.run(["report", "--lrs", lrs.endpoint, "--policy", policy.path, "--format", format, "--refresh"],
                                      launcher: ["/usr/bin/env", "XDG_CACHE_HOME=\(app.dataDirectory.appendingPathComponent("cache").path)"])
            XCTAssertEqual(fromFiles.status, 0, fromFiles.stderr)
            XCTAssertEqual(fromLRS.status, 0, fromLRS.stderr)
            if format == "json" {
                XCTAssertEqual(try ReportFigures.of(fromFiles.stdout), try ReportFigures.of(fromLRS.stdout))
            } else {
                XCTAssertEqual(fromFiles.stdout.replacingOccurrences(of: team.path, with: "SOURCE"),
                               fromLRS.stdout.replacingOccurrences(of: lrs.endpoint, with: "SOURCE"))
            }
        }

        let moreAnswers = try answer(5, app: app, policy: policy, seed: 4)
        XCTAssertEqual(try sync(app, policy: policy).status, 0)
        let cacheFolder = app.dataDirectory.appendingPathComponent("cache")
        let answered = { (count: Int, json: String) in json.contains("\"answered\" : \(count),") || json.contains("\"answered\":\(count),") }
        let cached = ["/usr/bin/env", "XDG_CACHE_HOME=\(cacheFolder.path)"]
        let later = try app.run(["report", "--lrs", lrs.endpoint, "--policy", policy.path, "--format", "json"], launcher: cached)
        XCTAssertEqual(later.status, 0, later.stderr)
        XCTAssertTrue(answered(moreAnswers, later.stdout), "the report counts all \(moreAnswers) answers:\n\(later.stdout)")

        XCTAssertEqual(try answer(3, app: app, policy: policy, seed: 5), moreAnswers + 3)
        XCTAssertEqual(try sync(app, policy: policy).status, 0)
        let sinceCached = try app.run(["report", "--lrs", lrs.endpoint, "--policy", policy.path, "--format", "json"], launcher: cached)
        XCTAssertTrue(answered(moreAnswers + 3, sinceCached.stdout),
                      "a report after the cache asks for what is new and counts every answer once:\n\(sinceCached.stdout)")
        let pages = try FileManager.default.subpathsOfDirectory(atPath: cacheFolder.path).filter { $0.hasSuffix(".json") }
        XCTAssertGreaterThanOrEqual(pages.count, 2, "each run keeps its pages: \(pages)")

        for page in pages { try Data("{\"statements\": [".utf8).write(to: cacheFolder.appendingPathComponent(page)) }
        let damaged = try app.run(["report", "--lrs", lrs.endpoint, "--policy", policy.path, "--format", "json"], launcher: cached)
        XCTAssertEqual(damaged.status, 0, damaged.stderr)
        XCTAssertTrue(answered(moreAnswers + 3, damaged.stdout), "a damaged cache is read again whole:\n\(damaged.stdout)")
    }

    func testAnLRSThatRefusesOrIsGoneIsNamedAndExitsNonZero() throws {
        let app = try AppUnderTest()
        let lrs = try RalphLRS()
        try lrs.start()
        let wrong = try LRSSyncEndToEndTests.writePolicy(in: app, endpoint: lrs.endpoint, secret: "not-the-password")
        let denied = try app.run(["report", "--lrs", lrs.endpoint, "--policy", wrong.path], launcher: ["/usr/bin/env", "XDG_CACHE_HOME=\(app.dataDirectory.path)/cache"])
        XCTAssertEqual(denied.status, 77, denied.stderr)
        XCTAssertTrue(denied.stderr.contains(lrs.endpoint) && denied.stderr.contains("refused"), denied.stderr)
        XCTAssertFalse(denied.stderr.contains("not-the-password"), "the secret is never printed")

        lrs.stop()
        let policy = try LRSSyncEndToEndTests.writePolicy(in: app, endpoint: lrs.endpoint)
        let gone = try app.run(["report", "--lrs", lrs.endpoint, "--policy", policy.path, "--timeout", "5"], launcher: ["/usr/bin/env", "XDG_CACHE_HOME=\(app.dataDirectory.path)/cache"])
        XCTAssertEqual(gone.status, 69, gone.stderr)
        XCTAssertTrue(gone.stderr.contains("cannot be reached"), gone.stderr)

        let noPolicy = try app.run(["report", "--lrs", lrs.endpoint])
        XCTAssertEqual(noPolicy.status, 64, noPolicy.stderr)
        XCTAssertTrue(noPolicy.stderr.contains("lrs section"), noPolicy.stderr)
    }
}
