import Foundation
import QuizCore
import XCTest

/// A data directory on a small file system of its own (tmpfs, so the test needs root and skips without it):
/// full, then read-only. Each time srm-quiz says what failed and where, and no saved answer is lost or torn.
final class FullDiskEndToEndTests: XCTestCase {
    private var mountPoint: URL?

    override func tearDownWithError() throws {
        if let mountPoint { _ = try? Command.run("umount", [mountPoint.path]) }
    }

    func testAFullDiskAndAReadOnlyDirectoryAreNamedAndLoseNothing() throws {
        let app = try AppUnderTest()
        let mounted = try Command.run("mount", ["-t", "tmpfs", "-o", "size=256k", "tmpfs", app.dataDirectory.path])
        try XCTSkipIf(mounted.status != 0, "cannot mount a tmpfs here: \(mounted.stderr)")
        mountPoint = app.dataDirectory

        let first = try app.run(["practice", "--seed", "6", "--count", "2"] + app.options(), input: "1\n")
        XCTAssertEqual(first.status, 0, first.stderr)
        let saved = try XCTUnwrap(try app.progress()).answers
        XCTAssertEqual(saved.count, 1)

        let filler = app.dataDirectory.appendingPathComponent("filler")
        _ = try Command.run("dd", ["if=/dev/zero", "of=\(filler.path)", "bs=4k"])
        let full = try app.run(["practice", "--seed", "7", "--count", "2"] + app.options(), input: "1\n2\n")
        XCTAssertEqual(full.status, 74, full.stdout + full.stderr)
        XCTAssertTrue(full.stderr.contains("cannot save progress"), full.stderr)
        XCTAssertTrue(full.stderr.contains("No space left on device"), full.stderr)
        XCTAssertTrue(full.stderr.contains("profiles/e2e.journal"), "the message names the file: \(full.stderr)")
        XCTAssertEqual(try app.progress()?.answers, saved, "the answers saved before are all there and read back")

        try FileManager.default.removeItem(at: filler)
        let readOnly = try Command.run("mount", ["-o", "remount,ro", app.dataDirectory.path])
        XCTAssertEqual(readOnly.status, 0, readOnly.stderr)
        let refused = try app.run(["practice", "--seed", "8", "--count", "2"] + app.options(), input: "1\n2\n")
        XCTAssertEqual(refused.status, 74, refused.stdout + refused.stderr)
        XCTAssertTrue(refused.stderr.contains("Read-only file system"), refused.stderr)
        XCTAssertEqual(try app.progress()?.answers, saved)
    }
}
