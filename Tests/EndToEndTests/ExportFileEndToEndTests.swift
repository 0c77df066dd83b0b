import Foundation
import QuizCore
import XCTest

/// `export --output` writes personal data: 0600 whatever the umask, an existing file's mode never loosened, the
/// file replaced atomically, and never one of the data directory's own files, whatever path leads there.
final class ExportFileEndToEndTests: XCTestCase {
    private func mode(_ url: URL) throws -> Int {
        try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int)
    }

    /// Runs the app through `sh` with `umask 000`, as a careless login would.
    private func runUnderUmask000(_ arguments: [String]) throws -> Command.Result {
        let app = ([AppUnderTest.binary.path] + arguments).map(Command.quoted).joined(separator: " ")
        return try Command.run("/bin/sh", ["-c", "umask 000; exec \(app)"])
    }

    private func savedLearner() throws -> AppUnderTest {
        let app = try AppUnderTest()
        try ProgressStore(fileURL: app.progressFile).save(ReportEndToEndTests.learner(app.profile))
        return app
    }

    func testEveryFormatIsCreated0600EvenUnderUmask000() throws {
        let app = try savedLearner()
        let folder = app.dataDirectory.deletingLastPathComponent().appendingPathComponent("exports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for format in ["xapi", "profile", "csv", "gift", "anki"] {
            let output = folder.appendingPathComponent("out.\(format)")
            let result = try runUnderUmask000(["export", "--format", format, "--output", output.path] + app.options())
            XCTAssertEqual(result.status, 0, "\(format): \(result.stderr)")
            XCTAssertEqual(try mode(output), 0o600, "\(format) export's mode")
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        XCTAssertEqual(left, ["out.anki", "out.csv", "out.gift", "out.profile", "out.xapi"], "no temporary file is left behind")
    }

    func testAnExistingFileIsReplacedAtomicallyAndItsModeNeverLoosened() throws {
        let app = try savedLearner()
        let folder = app.dataDirectory.deletingLastPathComponent().appendingPathComponent("exports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for existingMode in [0o600, 0o640, 0o400] {
            let output = folder.appendingPathComponent("existing-\(String(existingMode, radix: 8)).jsonl")
            let keep = folder.appendingPathComponent("keep-\(String(existingMode, radix: 8))")
            try Data("old export\n".utf8).write(to: output)
            try FileManager.default.setAttributes([.posixPermissions: existingMode], ofItemAtPath: output.path)
            try FileManager.default.linkItem(at: output, to: keep)
            let result = try runUnderUmask000(["export", "--format", "xapi", "--output", output.path] + app.options())
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(try mode(output), existingMode, "the mode stays \(String(existingMode, radix: 8))")
            XCTAssertTrue(try String(contentsOf: output, encoding: .utf8).contains("\"verb\""))
            XCTAssertEqual(try String(contentsOf: keep, encoding: .utf8), "old export\n", "the old file was replaced, not rewritten in place")
        }
    }

    func testTheDataDirectorysOwnFilesAreNeverWrittenOver() throws {
        let app = try savedLearner()
        let practised = try app.run(["practice", "--plain", "--seed", "6", "--count", "2"] + app.options(), input: "1\nq\n")
        XCTAssertEqual(practised.status, 0, practised.stderr)
        let profiles = app.progressFile.deletingLastPathComponent()
        try ProgressStore(fileURL: profiles.appendingPathComponent("bob.json")).save(ReportEndToEndTests.learner("bob"))
        let link = app.dataDirectory.deletingLastPathComponent().appendingPathComponent("link-\(UUID().uuidString)")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: profiles)
        defer { try? FileManager.default.removeItem(at: link) }

        let targets = [
            app.progressFile.path,
            profiles.appendingPathComponent("e2e.journal").path,
            profiles.appendingPathComponent("e2e.lock").path,
            profiles.appendingPathComponent("e2e.exam.json").path,
            profiles.appendingPathComponent("bob.json").path,
            profiles.appendingPathComponent("new.json").path,
            link.appendingPathComponent("e2e.json").path,
            profiles.appendingPathComponent("../profiles/./e2e.json").path,
        ]
        let before = try snapshot(app.dataDirectory)
        for target in targets {
            for format in ["profile", "xapi"] {
                let result = try app.run(["export", "--format", format, "--output", target] + app.options())
                XCTAssertEqual(result.status, 64, "\(format) to \(target): \(result.stderr)")
                XCTAssertTrue(result.stderr.contains("where the data directory keeps every profile's progress"), result.stderr)
            }
        }
        XCTAssertEqual(try snapshot(app.dataDirectory), before, "no file of the data directory changed")
        let relative = try Command.run("/bin/sh", ["-c", "cd \(Command.quoted(profiles.path)) && exec \(Command.quoted(AppUnderTest.binary.path)) export --format csv --output e2e.json " + app.options().map(Command.quoted).joined(separator: " ")])
        XCTAssertEqual(relative.status, 64, relative.stderr)
        XCTAssertEqual(try snapshot(app.dataDirectory), before)
    }

    /// The devices are reached through links in the test's folder: a build that renamed its temporary file over
    /// the target (as root) would then replace the link, never /dev/null itself.
    func testADeviceIsWrittenInPlaceAndAFullOneExits74() throws {
        let app = try savedLearner()
        let null = app.dataDirectory.deletingLastPathComponent().appendingPathComponent("null-\(UUID().uuidString)")
        let full = app.dataDirectory.deletingLastPathComponent().appendingPathComponent("full-\(UUID().uuidString)")
        try FileManager.default.createSymbolicLink(atPath: null.path, withDestinationPath: "/dev/null")
        try FileManager.default.createSymbolicLink(atPath: full.path, withDestinationPath: "/dev/full")
        defer {
            try? FileManager.default.removeItem(at: null)
            try? FileManager.default.removeItem(at: full)
        }
        let toNull = try app.run(["export", "--format", "xapi", "--output", null.path] + app.options())
        XCTAssertEqual(toNull.status, 0, toNull.stderr)
        let toFull = try app.run(["export", "--format", "xapi", "--output", full.path] + app.options())
        XCTAssertEqual(toFull.status, 74, toFull.stderr)
        XCTAssertTrue(toFull.stderr.contains("\(full.path): cannot write the export: No space left on device"), toFull.stderr)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: full.path), "/dev/full", "the link is still there")
        let folder = try app.run(["export", "--format", "xapi", "--output", NSTemporaryDirectory()] + app.options())
        XCTAssertEqual(folder.status, 74, folder.stderr)
        XCTAssertTrue(folder.stderr.contains("it is a folder"), folder.stderr)
    }

    /// Every file under `directory` with its content and mode.
    private func snapshot(_ directory: URL) throws -> [String: String] {
        var files: [String: String] = [:]
        let enumerator = try XCTUnwrap(FileManager.default.enumerator(atPath: directory.path))
        while let name = enumerator.nextObject() as? String {
            let url = directory.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files[name] = "\(try mode(url)) " + ((try? String(contentsOf: url, encoding: .utf8)) ?? "")
        }
        return files
    }
}
