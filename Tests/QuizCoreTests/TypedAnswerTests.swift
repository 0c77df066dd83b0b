import Testing
@testable import QuizCore

@Suite struct TypedAnswerTests {
    @Test(arguments: [
        ("2", 4, 1, TypedAnswer.choices([1])),
        ("  3 ", 4, 1, .choices([2])),
        ("1 3", 5, 2, .choices([0, 2])),
        ("3,1", 5, 2, .choices([2, 0])),
        ("", 4, 1, .empty),
        ("   ", 4, 1, .empty),
        ("q", 4, 1, .quit),
        ("QUIT", 4, 1, .quit),
        ("5", 4, 1, .invalid("\"5\" is not a choice: type one number from 1 to 4")),
        ("0", 4, 1, .invalid("\"0\" is not a choice: type one number from 1 to 4")),
        ("1 2", 4, 1, .invalid("2 chosen: type one number from 1 to 4")),
        ("1", 5, 2, .invalid("1 chosen: type 2 different numbers from 1 to 5, such as 1 3")),
        ("2 2", 5, 2, .invalid("2 is typed twice: type 2 different numbers from 1 to 5, such as 1 3")),
        ("two", 4, 1, .invalid("\"two\" is not a choice: type one number from 1 to 4")),
        ("\u{1B}[2J", 4, 1, .invalid("\"\u{1B}[2J\" is not a choice: type one number from 1 to 4")),
        ("99999999999999999999", 4, 1, .invalid("\"99999999999999999999\" is not a choice: type one number from 1 to 4")),
    ])
    func typedLinesAreReadOrExplained(line: String, choices: Int, picks: Int, expected: TypedAnswer) {
        #expect(TypedAnswer.parse(line, choiceCount: choices, picks: picks) == expected)
    }

    @Test func anyLineGivesAnAnswerOrAReason() {
        var generator = SeededGenerator(seed: 5)
        let alphabet = Array("0123456789 ,\tqQx-+é\u{0}\u{1B}")
        for _ in 0..<2_000 {
            let length = Int(generator.next() % 12)
            let line = String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            switch TypedAnswer.parse(line, choiceCount: 4, picks: 2) {
            case .choices(let positions):
                #expect(positions.count == 2 && Set(positions).count == 2 && positions.allSatisfy((0..<4).contains))
            case .empty, .quit, .invalid: break
            }
        }
    }
}
