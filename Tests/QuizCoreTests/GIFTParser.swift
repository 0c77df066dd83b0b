import Foundation

/// A small reader of Moodle GIFT that follows Moodle's own importer (question/format/gift/format.php) step by step,
/// so a test reads an export the way Moodle would: questions end at a blank line; `//` lines are comments; escaped
/// characters are set aside before anything else; `::title::`; the first `{` and `}` hold the answers; the last
/// `####` starts the general feedback; `[format]` starts a text; `~` and `=` start answers, `%N%` weighs one, and
/// the first `#` starts its feedback. Only multiple-choice questions are read; anything else is an error.
enum GIFTParser {
    struct Question: Equatable {
        var category: String
        var title: String
        var format: String?
        var text: String
        /// Moodle's `single`: true when some answer is marked `=`, false for a multiple-response question.
        var single: Bool
        var answers: [Answer]
        var generalFeedback: String
    }

    struct Answer: Equatable {
        var text: String
        /// Moodle's fraction: 1 for `=`, the weight over 100 for `%N%`, 0 otherwise.
        var fraction: Double
        var feedback: String
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func parse(_ file: String) throws -> [Question] {
        var questions: [Question] = []
        var category = ""
        var block: [String] = []
        for line in file.components(separatedBy: "\n") + [""] {
            if !line.trimmingCharacters(in: .whitespaces).isEmpty {
                block.append(line)
                continue
            }
            defer { block = [] }
            let text = block.map { $0.trimmingCharacters(in: .whitespaces).hasPrefix("//") ? " " : $0 }
                .joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { continue }
            let held = setAsideEscapes(text)
            if held.hasPrefix("$CATEGORY:") {
                category = String(held.dropFirst("$CATEGORY:".count)).trimmingCharacters(in: .whitespaces)
                continue
            }
            questions.append(try question(held, category: category))
        }
        return questions
    }

    private static func question(_ held: String, category: String) throws -> Question {
        var text = held
        var title = ""
        if text.hasPrefix("::") {
            text.removeFirst(2)
            guard let end = text.range(of: "::") else { throw Failure(description: "an unfinished title in \(held)") }
            title = restore(String(text[..<end.lowerBound]))
            text = String(text[end.upperBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        guard let open = text.firstIndex(of: "{"), let close = text.firstIndex(of: "}"), open < close else {
            throw Failure(description: "no answer section in \(held)")
        }
        guard text.hasSuffix("}") else { throw Failure(description: "a missing-word question, which this reader does not take: \(held)") }
        var answerText = String(text[text.index(after: open)..<close]).trimmingCharacters(in: .whitespacesAndNewlines)
        let questionText = String(text[..<open])
        var generalFeedback = ""
        if let feedback = answerText.range(of: "####", options: .backwards) {
            generalFeedback = restore(String(answerText[feedback.upperBound...]).trimmingCharacters(in: .whitespacesAndNewlines))
            answerText = String(answerText[..<feedback.lowerBound]).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let (format, body) = formatted(questionText)
        guard answerText.contains("~") else { throw Failure(description: "not a multiple-choice question: \(held)") }
        let single = answerText.contains("=")
        var pieces = answerText.replacingOccurrences(of: "=", with: "~=").components(separatedBy: "~")
        if pieces.first?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pieces.removeFirst() }
        guard pieces.count >= 2 else { throw Failure(description: "fewer than two answers in \(held)") }
        let answers = pieces.map { piece -> Answer in
            var answer = piece.trimmingCharacters(in: .whitespacesAndNewlines)
            var fraction = 0.0
            if answer.hasPrefix("=") {
                fraction = 1
                answer.removeFirst()
            } else if let match = answer.firstMatch(of: /^%-*([0-9]{1,2})\.?([0-9]*)%/) {
                let weight = answer.dropFirst().prefix { $0 != "%" }
                fraction = (Double(weight) ?? .nan) / 100
                answer = String(answer[match.range.upperBound...])
            }
            let parts = answer.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            return Answer(
                text: restore(String(parts[0]).trimmingCharacters(in: .whitespacesAndNewlines)), fraction: fraction,
                feedback: parts.count > 1 ? restore(String(parts[1]).trimmingCharacters(in: .whitespacesAndNewlines)) : ""
            )
        }
        return Question(
            category: category, title: title, format: format, text: restore(body.trimmingCharacters(in: .whitespacesAndNewlines)),
            single: single, answers: answers, generalFeedback: generalFeedback
        )
    }

    /// `[plain]Text` as ("plain", "Text"); text without a known format name in brackets is left whole.
    private static func formatted(_ text: String) -> (String?, String) {
        guard text.hasPrefix("["), let end = text.firstIndex(of: "]") else { return (nil, text) }
        let name = String(text[text.index(after: text.startIndex)..<end])
        guard ["moodle", "html", "plain", "markdown"].contains(name) else { return (nil, text) }
        return (name, String(text[text.index(after: end)...]))
    }

    /// Placeholders for the escaped characters, from the Unicode private use area, which bank text never holds.
    private static let placeholders: [(escaped: String, placeholder: String, character: String)] = [
        ("\\:", "\u{E001}", ":"), ("\\#", "\u{E002}", "#"), ("\\=", "\u{E003}", "="), ("\\{", "\u{E004}", "{"),
        ("\\}", "\u{E005}", "}"), ("\\~", "\u{E006}", "~"), ("\\n", "\u{E007}", "\n"),
    ]

    /// Moodle's escapedchar_pre: `\\` first, then each escaped special character, becomes a placeholder.
    private static func setAsideEscapes(_ text: String) -> String {
        var out = text.replacingOccurrences(of: "\\\\", with: "\u{E000}")
        for entry in placeholders { out = out.replacingOccurrences(of: entry.escaped, with: entry.placeholder) }
        return out.replacingOccurrences(of: "\u{E000}", with: "\\")
    }

    /// Moodle's escapedchar_post: each placeholder becomes its character.
    private static func restore(_ text: String) -> String {
        placeholders.reduce(text) { $0.replacingOccurrences(of: $1.placeholder, with: $1.character) }
    }
}
