import Foundation

/// Reads a practice question off a captured screen: which fixture question it is and where its choices stand.
struct QuizScreen {
    /// Right answers of the fixture bank's questions, by a phrase of each prompt.
    static let fixtureAnswers: [(prompt: String, id: String, right: Set<String>)] = [
        ("guards the doors", "e2e.single", ["AWS"]),
        ("does the customer configure", "e2e.multiple", ["IAM policies", "Security group rules"]),
        ("patching the guest operating system", "e2e.owner", ["Customer"]),
    ]

    let questionID: String
    let isMultiple: Bool
    /// Display positions (1-based) of the right choices.
    let rightPositions: [Int]
    /// Display position (1-based) of a wrong choice.
    let wrongPosition: Int

    init?(_ screen: String) {
        guard let known = Self.fixtureAnswers.first(where: { screen.contains($0.prompt) }) else { return nil }
        var choices: [Int: String] = [:]
        let pattern = try! NSRegularExpression(pattern: #"^\s*(?:›\s*)?(?:\[[ x]\]\s*)?(\d)\. (.+?)\s*$"#)
        for line in screen.split(separator: "\n").map(String.init) {
            let range = NSRange(line.startIndex..., in: line)
            guard let match = pattern.firstMatch(in: line, range: range),
                  let number = Int(line[Range(match.range(at: 1), in: line)!]) else { continue }
            choices[number] = String(line[Range(match.range(at: 2), in: line)!])
        }
        questionID = known.id
        isMultiple = known.right.count > 1
        rightPositions = choices.filter { known.right.contains($0.value) }.map(\.key).sorted()
        guard let wrong = choices.filter({ !known.right.contains($0.value) }).map(\.key).min() else { return nil }
        wrongPosition = wrong
    }
}
