import Foundation
import Testing
@testable import QuizCore

/// `JSONTreeDecoder` against Foundation's `JSONDecoder`: the same values, and errors that name the same field.
@Suite struct JSONTreeDecoderTests {
    struct Inner: Codable, Equatable {
        var name: String
        var scores: [Int]
        var ratio: Double?
    }

    struct Outer: Codable, Equatable {
        var id: String
        var flag: Bool
        var count: UInt8
        var inner: Inner
        var list: [Inner]
        var table: [String: Int]
        var nested: [[String]]
        var optional: String?
    }

    static let good = #"""
        {"id": "x", "flag": true, "count": 200, "inner": {"name": "a", "scores": [1, 2], "ratio": 0.5},
         "list": [{"name": "b", "scores": []}, {"name": "c", "scores": [3], "ratio": null}],
         "table": {"one": 1, "two": 2}, "nested": [["p"], []], "optional": null}
        """#

    @Test func decodesWhatJSONDecoderDecodes() throws {
        let data = Data(Self.good.utf8)
        #expect(try JSONTreeDecoder().decode(Outer.self, from: data) == JSONDecoder().decode(Outer.self, from: data))
    }

    /// Foundation names no field for a number that does not fit; the tree decoder does.
    static let wrongShapes: [(replace: String, with: String, path: String, foundationPath: String)] = [
        (#""flag": true"#, #""flag": "yes""#, "flag", "flag"),
        (#""count": 200"#, #""count": 300"#, "count", "-"),
        (#""count": 200"#, #""count": 2.5"#, "count", "-"),
        (#""scores": [3]"#, #""scores": ["3"]"#, "list[1].scores[0]", "list[1].scores[0]"),
        (#""name": "b", "#, "", "list[0].name", "list[0].name"),
        (#""name": "b""#, #""name": null"#, "list[0].name", "list[0].name"),
        (#""two": 2"#, #""two": true"#, "table.two", "table.two"),
        (#""nested": [["p"], []]"#, #""nested": [["p"], {}]"#, "nested[1]", "nested[1]"),
    ]

    /// The field a decoding error names, written as the bank's problems write it.
    private func failingPath(_ decode: () throws -> Outer) -> String? {
        do {
            _ = try decode()
            return nil
        } catch let error as DecodingError {
            switch error {
            case .keyNotFound(let key, let context): return JSONDecodingFailure.path(context.codingPath + [key])
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
                return JSONDecodingFailure.path(context.codingPath)
            @unknown default: return nil
            }
        } catch {
            return "\(error)"
        }
    }

    @Test(arguments: wrongShapes)
    func errorsNameTheSameFieldAsJSONDecoder(_ shape: (replace: String, with: String, path: String, foundationPath: String)) throws {
        let data = Data(Self.good.replacingOccurrences(of: shape.replace, with: shape.with).utf8)
        #expect(failingPath { try JSONTreeDecoder().decode(Outer.self, from: data) } == shape.path)
        #expect(failingPath { try JSONDecoder().decode(Outer.self, from: data) } == shape.foundationPath)
    }

    @Test func datesGoThroughTheDateReading() throws {
        let decoder = JSONTreeDecoder(dateFromText: { $0 == "now" ? .success(Date(timeIntervalSince1970: 5)) : .failure(.init(description: "not now")) })
        #expect(try decoder.decode([Date].self, from: Data(#"["now"]"#.utf8)) == [Date(timeIntervalSince1970: 5)])
        #expect(throws: DecodingError.self) { try decoder.decode([Date].self, from: Data(#"["later"]"#.utf8)) }
    }

    @Test func unknownKeysOfAStrictEntryAreTheOnesItDidNotRead() throws {
        let text = #"{"id": "q", "prompt": "P", "promt": "typo", "zeta": 1, "kind": null}"#
        let strict = try JSONTreeDecoder().decode(Strict<BankFileFormat.QuestionEntry>.self, from: Data(text.utf8))
        #expect(strict.entry.id == "q" && strict.entry.prompt == "P" && strict.entry.kind == nil)
        #expect(strict.unknownKeys == ["promt", "zeta"])
    }

    @Test func aStrictEntryKnowsTheKeysItReads() {
        #expect(BankFileFormat.QuestionEntry.knownKeys == [
            "id", "kind", "topic", "difficulty", "serviceModel", "prompt", "options", "service", "control", "owner",
            "explanation", "sources", "checked", "examTask",
        ])
        #expect(ScenarioFileFormat.StepEntry.knownKeys == BankFileFormat.QuestionEntry.knownKeys.union(["asks"]))
    }
}
