import Foundation
import XCTest

/// Every numeric option of the real binary, given edge values and random ones (a seeded fuzz over the argument
/// parser and the range checks behind it): each run ends with a clean exit or a usage error naming the option,
/// never a trap or a signal.
final class NumericOptionsFuzzEndToEndTests: XCTestCase {
    /// Values that broke parsers before, or could: the ends of every integer type, floats that overflow, words.
    static let edges = [
        "0", "-1", "1", "-0", "+5", "007", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
        "18446744073709551615", "18446744073709551616", String(repeating: "9", count: 400), "1e309", "-1e309", "1.7e308",
        "nan", "NaN", "inf", "-inf", "0x10", "1_000", "3.0", "0.5", "５", "", " ", " 5", "5 ", "5%", "%", "--", "-",
        "\u{1B}]52;c;AAAA\u{07}", "0.7", "0.99", "0.699999999", "1", "100", "101", "10000", "10001", "600", "601",
    ]

    /// The command and option each value is tried with; each command runs in plain mode on empty input, so a value
    /// it accepts starts a session that ends at once.
    static let options: [(command: [String], option: String)] = [
        (["practice"], "--count"), (["practice"], "--seed"), (["practice"], "--retention"),
        (["exam", "--now"], "--questions"), (["exam", "--now"], "--minutes"), (["assess"], "--questions"), (["train"], "--pass-mark"),
    ]

    func testNoNumericValueTrapsOrHangs() throws {
        var generator = SystemRandomNumberGenerator()
        let app = try AppUnderTest()
        let supportsNow = try app.run(["exam", "--help"]).stdout.contains("--now")
        for (command, option) in Self.options {
            let base = command.filter { $0 != "--now" || supportsNow }
            let random = (0..<6).map { _ in String(Int64.random(in: .min ... .max, using: &generator)) }
                + (0..<3).map { _ in String(Double.random(in: -1e12...1e12, using: &generator)) }
            for value in Self.edges + random {
                let result = try app.run(base + [option, value, "--plain"] + app.options())
                XCTAssertTrue(
                    [0, 64, 65, 74, 75].contains(result.status),
                    "\(base.joined(separator: " ")) \(option) \(value.debugDescription) ended \(result.status):\n\(result.stderr)"
                )
                if result.status == 64 {
                    XCTAssertFalse(result.stderr.isEmpty, "\(option) \(value.debugDescription): a refusal says why")
                    XCTAssertFalse(result.stderr.contains("\u{1B}"), "\(option): the refusal echoes no raw escape")
                }
            }
        }
    }
}
