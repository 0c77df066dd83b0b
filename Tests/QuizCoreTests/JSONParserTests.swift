import Foundation
import Testing
@testable import QuizCore

@Suite struct JSONParserTests {
    private func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try JSONParser.parse(Data(text.utf8))
    }

    private func failure(_ text: String) -> JSONSyntaxError? {
        do throws(JSONSyntaxError) {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    /// The parsed value as the test helper's `JSONDocument`, to compare with what JSONSerialization reads.
    private func document(_ value: JSONValue) -> JSONDocument {
        switch value {
        case .null: .null
        case .bool(let bool): .bool(bool)
        case .integer(let integer): .number(Double(integer))
        case .number(let number): .number(number)
        case .string(let string): .string(string)
        case .array(let elements): .array(elements.map(document))
        case .object(let object): .object(Dictionary(uniqueKeysWithValues: object.members.map { ($0.key, document($0.value)) }))
        }
    }

    static let validDocuments = [
        #"{"a": [1, -2, 3.5, -0.25e2, 1E3, 0, -0], "b": {"c": null, "d": true, "e": false}, "f": ""}"#,
        #"  [ "tab\there", "quote\" slash\/ back\\", "\u00e9\u4e2d", "\ud83d\ude00 emoji", "é 中 😀" ]  "#,
        #"{"big": 123456789012345678901234567890, "max": 9223372036854775807, "min": -9223372036854775808}"#,
        #"[[[[[]]]], {}, [{}], "\b\f\n\r\t"]"#,
        "\u{FEFF}{\"bom\": 1}",
        "17", "\"just text\"", "null",
    ]

    @Test(arguments: validDocuments)
    func readsWhatJSONSerializationReads(_ text: String) throws {
        let expected = try JSONDocument.parse(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        #expect(document(try parse(text)) == expected)
    }

    @Test func numbersKeepWholeNumbersExact() throws {
        guard case .array(let numbers) = try parse("[9223372036854775807, -9223372036854775808, 9223372036854775808, 1.0, 2e0]") else {
            Issue.record("not a list")
            return
        }
        #expect(numbers.count == 5)
        guard case .integer(Int64.max) = numbers[0], case .integer(Int64.min) = numbers[1], case .number(9_223_372_036_854_775_808) = numbers[2],
              case .number(1) = numbers[3], case .number(2) = numbers[4] else {
            Issue.record("numbers read as \(numbers)")
            return
        }
    }

    static let brokenDocuments: [(text: String, line: Int, column: Int, reason: String)] = [
        ("[1, 2,]", 1, 6, "a comma before ']': JSON allows no comma after the last item"),
        ("{\"a\": 1,\n}", 1, 8, "a comma before '}': JSON allows no comma after the last item"),
        ("[,]", 1, 2, "expected a value (text in double quotes, a number, true, false, null, a list or an object)"),
        ("{,}", 1, 2, "expected a key in double quotes"),
        ("{\"a\" 1}", 1, 6, "expected ':' after the key \"a\""),
        ("{\"a\": 1 \"b\": 2}", 1, 9, "expected ',' or '}' after the value of \"a\""),
        ("[1 2]", 1, 4, "expected ',' or ']' after a list element"),
        ("{\n  \"format\": 1,\n  \"format\": 2\n}", 3, 3, "the key \"format\" is given twice in one object"),
        ("[01]", 1, 3, "a number may not have a leading zero"),
        ("[-]", 1, 3, "a number needs a digit here"),
        ("[1.]", 1, 4, "a number needs a digit here"),
        ("[1e]", 1, 4, "a number needs a digit here"),
        ("[1e999]", 1, 2, "the number 1e999 is too large"),
        ("[\"a\tb\"]", 1, 4, "a control character inside text must be written as an escape such as \\n"),
        ("[\"\\x\"]", 1, 3, "unknown escape '\\x'"),
        ("[\"\\u12G4\"]", 1, 7, "\\u needs four hexadecimal digits"),
        ("[\"\\ud83d\"]", 1, 3, "\\uD83D is half of a surrogate pair without its other half"),
        ("[\"\\ude00\"]", 1, 3, "\\uDE00 is half of a surrogate pair without its other half"),
        ("[tru]", 1, 2, "expected a value (text in double quotes, a number, true, false, null, a list or an object)"),
        ("{} {}", 1, 4, "more text after the end of the JSON value"),
        ("// comment\n{}", 1, 1, "expected a value (text in double quotes, a number, true, false, null, a list or an object)"),
        ("{\"é\": [1,,]}", 1, 10, "expected a value (text in double quotes, a number, true, false, null, a list or an object)"),
    ]

    @Test(arguments: brokenDocuments)
    func saysWhereAndWhyATextIsNotJSON(_ broken: (text: String, line: Int, column: Int, reason: String)) {
        let error = failure(broken.text)
        #expect(error == JSONSyntaxError(line: broken.line, column: broken.column, reason: broken.reason, truncated: false))
    }

    @Test(arguments: ["", "   ", "{\"a\": [1, 2", "{\"a\": \"unfinished", "[tr", "{\"a\":"])
    func aTextCutShortIsSaidToBe(_ text: String) throws {
        let error = try #require(failure(text))
        #expect(error.truncated, "\(error)")
    }

    @Test func invalidUTF8IsRefused() {
        let bytes: [UInt8] = Array("[\"ab".utf8) + [0xC3, 0x28] + Array("\"]".utf8)
        #expect(throws: JSONSyntaxError(line: 1, column: 3, reason: "the text is not valid UTF-8", truncated: false)) {
            try JSONParser.parse(Data(bytes))
        }
    }

    @Test func nestingDeeperThanTheLimitIsRefusedWithoutOverflowingTheStack() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let error = try #require(failure(deep))
        #expect(error.reason == "nested more than \(JSONParser.maximumDepth) deep")
        let allowed = String(repeating: "[", count: JSONParser.maximumDepth) + String(repeating: "]", count: JSONParser.maximumDepth)
        #expect(failure(allowed) == nil)
    }

    @Test func largeObjectsAreLookedUpAndCheckedForRepeatsByKey() throws {
        let members = (0..<1000).map { "\"k\($0)\": \($0)" }
        guard case .object(let object) = try parse("{" + members.joined(separator: ",") + "}") else {
            Issue.record("not an object")
            return
        }
        guard case .integer(777)? = object["k777"] else {
            Issue.record("k777 is \(String(describing: object["k777"]))")
            return
        }
        #expect(object["k1000"] == nil)
        let repeated = "{" + (members + ["\"k500\": 0"]).joined(separator: ",") + "}"
        #expect(failure(repeated)?.reason == "the key \"k500\" is given twice in one object")
    }
}

extension JSONSyntaxError: CustomTestStringConvertible {
    public var testDescription: String { "\(message)\(truncated ? " (cut short)" : "")" }
}
