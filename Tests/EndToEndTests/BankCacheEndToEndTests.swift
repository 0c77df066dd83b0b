import Foundation
import XCTest

/// The bank cache as the binary uses it: an unchanged bank is read from the cache, an edited one from its files.
final class BankCacheEndToEndTests: XCTestCase {
    func inode(_ url: URL) throws -> UInt64 {
        try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? UInt64)
    }

    func testAnUnchangedBankIsReadFromTheCacheAndAnEditedOneFromItsFiles() throws {
        let app = try AppUnderTest()
        let bank = app.dataDirectory.appendingPathComponent("bank")
        try FileManager.default.copyItem(at: AppUnderTest.fixtureBank, to: bank)
        let cacheHome = app.dataDirectory.appendingPathComponent("cache")
        let folder = cacheHome.appendingPathComponent("srm-quiz/bank")
        let launcher = ["env", "XDG_CACHE_HOME=\(cacheHome.path)"]
        let export = ["export", "--format", "gift", "--bank", bank.path, "--data-dir", app.dataDirectory.path, "--profile", "e2e"]
        func entries() -> [URL] {
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".srmbank") }.map { folder.appendingPathComponent($0) }
        }

        let validate = try app.run(["validate", "--bank", bank.path], launcher: launcher)
        XCTAssertEqual(validate.status, 0, validate.stderr)
        XCTAssertEqual(entries(), [], "validate always reads the files and keeps nothing")

        let first = try app.run(export, launcher: launcher)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("Who guards the doors of an AWS data centre?"), first.stdout)
        let entry = try XCTUnwrap(entries().first)
        XCTAssertEqual(entries().count, 1)
        let kept = try inode(entry)

        let second = try app.run(export, launcher: launcher)
        XCTAssertEqual(second.stdout, first.stdout)
        XCTAssertEqual(try inode(entry), kept, "a hit reads the entry and leaves it as it was")

        try Data("not a bank".utf8).write(to: entry)
        let damaged = try app.run(export, launcher: launcher)
        XCTAssertEqual(damaged.stdout, first.stdout)
        XCTAssertNotEqual(try Data(contentsOf: entry), Data("not a bank".utf8), "a damaged entry is replaced")

        let otherBuild = app.dataDirectory.appendingPathComponent("srm-quiz-other-build")
        try FileManager.default.copyItem(at: AppUnderTest.binary, to: otherBuild)
        let fromOtherBuild = try Command.run("/usr/bin/env", ["XDG_CACHE_HOME=\(cacheHome.path)", otherBuild.path] + export)
        XCTAssertEqual(fromOtherBuild.stdout, first.stdout)
        XCTAssertEqual(entries().count, 2, "another build of the binary keeps its own entry")

        let file = bank.appendingPathComponent("questions/e2e.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "Who guards the doors", with: "Who locks the doors").utf8).write(to: file)
        let edited = try app.run(export, launcher: launcher)
        XCTAssertEqual(edited.status, 0, edited.stderr)
        XCTAssertTrue(edited.stdout.contains("Who locks the doors of an AWS data centre?"), edited.stdout)
        XCTAssertFalse(edited.stdout.contains("Who guards the doors"), edited.stdout)
        XCTAssertEqual(entries().count, 3, "the edited bank has its own entry")

        try Data(text.replacingOccurrences(of: #""owner": "customer""#, with: #""owner": "nobody""#).utf8).write(to: file)
        let broken = try app.run(export, launcher: launcher)
        XCTAssertEqual(broken.status, 65, "a broken bank is refused, whatever the cache holds")
        XCTAssertTrue(broken.stderr.contains(#"owner: "nobody" is not one of aws, customer, shared"#), broken.stderr)
    }
}
