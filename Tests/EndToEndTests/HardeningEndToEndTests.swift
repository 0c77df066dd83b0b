import Foundation
import QuizCore
import XCTest

/// Issue 17's attacks on the data directory and the command line, replayed against the built binary.
final class HardeningEndToEndTests: XCTestCase {
    /// A profile with two answers saved: the first in `e2e.json`, the second as the journal's one line.
    func appWithTwoAnswers() throws -> AppUnderTest {
        let app = try AppUnderTest()
        let first = try app.run(["practice", "--plain", "--seed", "6", "--count", "2"] + app.options(), input: "1\n1\n")
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(try app.progress()?.answers.count, 2)
        return app
    }

    func testASymlinkedJournalIsRefusedAtStartAndItsTargetKept() throws {
        let app = try appWithTwoAnswers()
        let journal = app.progressFile.deletingPathExtension().appendingPathExtension("journal")
        let target = app.dataDirectory.appendingPathComponent("notes.txt")
        try Data("mine\n".utf8).write(to: target)
        try FileManager.default.removeItem(at: journal)
        try FileManager.default.createSymbolicLink(atPath: journal.path, withDestinationPath: target.path)

        let result = try app.run(["practice", "--plain", "--count", "1"] + app.options(), input: "1\n")
        XCTAssertEqual(result.status, 74, result.stdout + result.stderr)
        XCTAssertTrue(result.stderr.contains("\(journal.path): refused: it is a symbolic link"), result.stderr)
        XCTAssertFalse(result.stderr.contains("NSCocoaErrorDomain"), result.stderr)
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "mine\n")
    }

    func testAFIFOInPlaceOfTheLockIsNamedNotWaitedOn() throws {
        let app = try appWithTwoAnswers()
        let lock = app.progressFile.deletingPathExtension().appendingPathExtension("lock")
        try FileManager.default.removeItem(at: lock)
        XCTAssertEqual(mkfifo(lock.path, 0o600), 0)
        let result = try app.run(["practice", "--plain", "--count", "1"] + app.options(), input: "1\n")
        XCTAssertEqual(result.status, 74, result.stdout + result.stderr)
        XCTAssertTrue(result.stderr.contains("\(lock.path): refused: it is a FIFO, not a regular file"), result.stderr)
    }

    func testASavedExamThatCannotBeReadDoesNotBlockPracticeAndIsMovedAsideWithAWord() throws {
        let app = try appWithTwoAnswers()
        let exam = app.progressFile.deletingPathExtension().appendingPathExtension("exam.json")
        XCTAssertEqual(mkfifo(exam.path, 0o600), 0)
        let result = try app.run(["practice", "--plain", "--seed", "7", "--count", "1"] + app.options(), input: "1\n")
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(
            result.stderr.contains("The saved exam in \(exam.path) could not be resumed (refused: it is a FIFO, not a regular file; move it away); it was moved to \(exam.path).corrupt-"),
            result.stderr
        )
        XCTAssertEqual(try app.progress()?.answers.count, 3)
        let folder = try FileManager.default.contentsOfDirectory(atPath: exam.deletingLastPathComponent().path)
        XCTAssertEqual(folder.filter { $0.hasPrefix("e2e.exam.json.corrupt-") }.count, 1, "\(folder)")
    }

    func testNumericOptionsOutOfRangeAreRefusedNamingTheOption() throws {
        let app = try AppUnderTest()
        let cases: [([String], String)] = [
            (["assess", "--questions", "9223372036854775807"], "--questions must be from 1 to 10000, not 9223372036854775807"),
            (["exam", "--questions", "0"], "--questions must be from 1 to 10000, not 0"),
            (["exam", "--minutes", "601"], "--minutes must be from 1 to 600, not 601"),
            (["practice", "--count", "100001"], "--count must be from 1 to 10000, not 100001"),
            (["assess", "--questions", "99999999999999999999"], "--questions"),
            (["practice", "--seed", "-1"], "--seed"),
        ]
        for (arguments, message) in cases {
            let result = try app.run(arguments + ["--plain"] + app.options())
            XCTAssertEqual(result.status, 64, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
    }

    func testAProfileNamedLikeASavedExamIsRefusedAndItsOldProgressLeftAlone() throws {
        let app = try AppUnderTest()
        let old = app.progressFile.deletingLastPathComponent().appendingPathComponent("e2e.exam.json")
        var progress = ProgressFile(profile: "e2e.exam", createdAt: Date(timeIntervalSince1970: 1_800_000_000))
        progress.exams = []
        try ProgressStore(fileURL: old).save(progress)
        let before = try Data(contentsOf: old)

        let refused = try app.run(["practice", "--plain", "--data-dir", app.dataDirectory.path, "--profile", "e2e.exam", "--bank", AppUnderTest.fixtureBank.path])
        XCTAssertEqual(refused.status, 64, refused.stderr)
        XCTAssertTrue(refused.stderr.contains(#"it ends in ".exam""#), refused.stderr)
        XCTAssertTrue(refused.stderr.contains("the progress already saved under this name in \(old.path) was left untouched"), refused.stderr)

        let bob = try app.run(["practice", "--plain", "--seed", "3", "--count", "1"] + app.options(), input: "1\n")
        XCTAssertEqual(bob.status, 0, bob.stderr)
        XCTAssertTrue(bob.stderr.contains(#"it holds the progress of profile "e2e.exam", not a saved exam"#), bob.stderr)
        XCTAssertEqual(try Data(contentsOf: old), before)
    }

    func testJournalLinesNotCountedAreReportedThenKeptAsideAtTheNextSession() throws {
        let app = try appWithTwoAnswers()
        let journal = app.progressFile.deletingPathExtension().appendingPathExtension("journal")
        let line = try Data(contentsOf: journal)
        let doubled = line + line + line.dropLast()
        try doubled.write(to: journal)

        let report = try app.run(["report"] + app.options())
        XCTAssertEqual(report.status, 0, report.stderr)
        XCTAssertTrue(report.stderr.contains("\(journal.path): 2 lines were not counted: line 2 (sequence 1 repeats line 1's 1), line 3 (sequence 1 repeats line 1's 1)"), report.stderr)
        XCTAssertTrue(report.stderr.contains("left in the journal"), report.stderr)
        XCTAssertEqual(try Data(contentsOf: journal), doubled, "a reader changes nothing")

        let next = try app.run(["practice", "--plain", "--seed", "8", "--count", "1"] + app.options(), input: "1\n")
        XCTAssertEqual(next.status, 0, next.stderr)
        let folder = journal.deletingLastPathComponent()
        let aside = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix("e2e.journal.set-aside-") })
        XCTAssertTrue(next.stderr.contains("copied whole to \(folder.appendingPathComponent(aside).path)"), next.stderr)
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent(aside)), doubled)
        XCTAssertEqual(try app.progress()?.answers.count, 3)
    }

    func testLeftoversOfAKilledWriteAreRemovedAtTheNextStart() throws {
        let app = try appWithTwoAnswers()
        let folder = app.progressFile.deletingLastPathComponent()
        let leftover = folder.appendingPathComponent(".e2e.json.tmp-a1B2c3")
        try Data(repeating: 1, count: 4096).write(to: leftover)
        let result = try app.run(["practice", "--plain", "--seed", "9", "--count", "1"] + app.options(), input: "1\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: leftover.path))
    }
}
