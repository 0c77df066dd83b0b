import Foundation
import Testing
@testable import QuizCore

/// The plain reader takes only what the parser reads, as the same values, and gives up on every other form.
@Suite struct JSONPlainReaderTests {
    private func plain<T>(_ text: String, _ read: (inout JSONPlainReader) -> T?) -> T? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            var reader = JSONPlainReader(buffer, at: 0)
            guard let value = read(&reader), reader.position == buffer.count else { return nil }
            return value
        }
    }

    /// The number as `JSONFields.double` reads what the parser made of it.
    private func parsed(_ text: String) -> Double? {
        switch try? JSONParser.parse(Data(text.utf8)) {
        case .integer(let integer)?: Double(integer)
        case .number(let number)?: number
        default: nil
        }
    }

    @Test func numbersReadAsTheParserReadsThem() {
        let numbers = [
            "0", "-0", "7", "-12", "4.25", "0.1", "-0.5", "12.5", "0.30000000000000004", "123456789012345678",
            "1234567890123456789", "99999999999999999999", "1e3", "425e-2", "1E+2", "-2.5e-3", "123456.789012345",
            "1.7976931348623157e308", "5e-324", "0.1234567890123456789",
        ]
        for text in numbers {
            let read = plain(text) { $0.number() }
            #expect(read != nil, "\(text)")
            #expect(read.map { $0.bitPattern } == parsed(text).map { $0.bitPattern }, "\(text)")
        }
        for text in ["01", "-", "1.", ".5", "1e", "1e+", "+1", "1.7e309", "--1", "0x10"] {
            #expect(plain(text) { $0.number() } == nil, "\(text)")
        }
    }

    @Test func wholeNumbersAreOnlyThoseWrittenWithoutFractionOrExponent() {
        #expect(plain("255") { $0.wholeNumber() } == 255)
        #expect(plain("-3") { $0.wholeNumber() } == -3)
        for text in ["1.0", "1e2", "01", "1234567890123456789"] {
            #expect(plain(text) { $0.wholeNumber() } == nil, "\(text)")
        }
    }

    @Test func textIsPrintableASCIIWithoutEscapes() {
        let long = String(repeating: "abcdefgh", count: 5)
        #expect(plain("\"\(long)\"") { $0.text().map { String(decoding: $0, as: UTF8.self) } } == long)
        #expect(plain(#""""#) { $0.text().map { $0.count } } == 0)
        for text in [#""a\"b""#, #""a\\b""#, "\"caf\u{E9}\"", "\"a\u{1}b\"", "\"\(long)\\n\"", "\"unclosed", "'single'"] {
            #expect(plain(text) { $0.text() } == nil, "\(text)")
        }
    }

    @Test func objectsAndListsFollowTheGrammar() {
        let names = JSONPlainReader.Names(["a", "bb"])
        let read = { (text: String) -> [Int]? in
            self.plain(text) { reader in
                var keys: [Int] = []
                let done = reader.object(names) { index, value in
                    guard let index else { return false }
                    keys.append(index)
                    return value.list { $0.wholeNumber() != nil }
                }
                return done ? keys : nil
            }
        }
        #expect(read(#" { "a" : [1, 2] , "bb":[] } "#.trimmingCharacters(in: .whitespaces)) == [0, 1])
        #expect(read("{}") == [])
        for text in [#"{"a":[1,]}"#, #"{"a":[1],}"#, #"{"c":[]}"#, #"{"a" [1]}"#, #"{"a":[1] "bb":[]}"#, #"{"a":[1]"#] {
            #expect(read(text) == nil, "\(text)")
        }
    }

    @Test func keysAreToldApartInAnyOrderAsInTheSortedOneAndUnknownOnesAreNamedSo() {
        let names = JSONPlainReader.Names(["mode", "answeredAt", "ab", "a", "credit", "chosen"])
        let read = { (text: String) -> [Int?]? in
            self.plain(text) { reader in
                var keys: [Int?] = []
                let done = reader.object(names) { index, value in
                    keys.append(index)
                    return value.wholeNumber() != nil
                }
                return done ? keys : nil
            }
        }
        #expect(read(#"{"a":1,"ab":2,"answeredAt":3,"chosen":4,"credit":5,"mode":6}"#) == [3, 2, 1, 5, 4, 0])
        #expect(read(#"{ "mode" : 6 , "credit":5, "chosen":4,"answeredAt":3,"ab":2,"a":1 }"#) == [0, 4, 5, 1, 2, 3])
        #expect(read(#"{"a":1,"mode":6}"#) == [3, 0])
        #expect(read(#"{"abc":1,"a":2,"answeredAtX":3}"#) == [nil, 3, nil])
        #expect(read("{}") == [])
        for text in [#"{"\u0061":1}"#, #"{"a":1,}"#, #"{"a" 1}"#, #"{"a":1 "ab":2}"#, #"{"a":1"#, #"{"a"#, #"{"ab"#] {
            #expect(read(text) == nil, "\(text)")
        }
    }
}
