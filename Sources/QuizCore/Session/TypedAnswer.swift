import Foundation

/// An answer typed as a line of text (plain mode): choice numbers such as `2`, `1 3` or `1,3`, an empty line, or
/// `q` to leave. Whatever the line holds, parsing never fails with anything but a reason the learner can act on.
public enum TypedAnswer: Equatable, Sendable {
    /// Display positions, 0-based, in the order typed.
    case choices([Int])
    /// Nothing but spaces.
    case empty
    /// `q` or `quit`.
    case quit
    /// Not an answer; the text says what to type instead.
    case invalid(String)

    /// Reads `line` as the answer to a question of `choiceCount` choices of which `picks` must be chosen.
    public static func parse(_ line: String, choiceCount: Int, picks: Int) -> TypedAnswer {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return .empty }
        if ["q", "quit"].contains(trimmed.lowercased()) { return .quit }
        let expected = picks == 1
            ? "type one number from 1 to \(choiceCount)"
            : "type \(picks) different numbers from 1 to \(choiceCount), such as 1 3"
        var positions: [Int] = []
        for token in trimmed.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }) {
            guard token.count <= 3, let number = Int(token), (1...choiceCount).contains(number) else {
                return .invalid("\"\(token.prefix(20))\" is not a choice: \(expected)")
            }
            guard !positions.contains(number - 1) else { return .invalid("\(number) is typed twice: \(expected)") }
            positions.append(number - 1)
        }
        guard positions.count == picks else { return .invalid("\(positions.count) chosen: \(expected)") }
        return .choices(positions)
    }
}
