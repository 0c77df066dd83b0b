import Foundation

/// The bank as Moodle GIFT, for a trainer to import into a Moodle question bank: a `$CATEGORY: srm-quiz/TOPIC`
/// line per topic, then each question titled with its id, in `[plain]` text (Moodle shows it as written, with no
/// HTML or auto-formatting), its options with the `#why` of each, and the explanation as general feedback
/// (`####`) followed by the AWS pages cited. Options come in `ExportedQuestion.choiceOrder`, so the right one is not
/// always first. Single-answer and owner questions mark the right option with `=`; multiple-response questions give
/// each right option an equal share of 100% and each wrong one -100%, so any wrong pick scores nothing.
public enum GIFTExport {
    public static func text(_ bank: Bank, includeMatrix: Bool) -> String {
        var out = "// srm-quiz question bank in Moodle GIFT format: import it under Question bank > Import > GIFT format.\n"
        for group in ExportedQuestions.grouped(bank, includeMatrix: includeMatrix) {
            out += "\n$CATEGORY: srm-quiz/\(category(group.topic.title))\n"
            for question in group.questions {
                out += "\n" + self.question(question) + "\n"
            }
        }
        return out
    }

    /// One question: title, text and answers, over several lines but never a blank one (a blank line ends it).
    static func question(_ exported: ExportedQuestion) -> String {
        let question = exported.question
        var lines = ["::\(escape(question.id))::[plain]\(escape(exported.text)){"]
        let rightCount = question.correctIndices.count
        for choice in exported.orderedChoices {
            var answer: String
            if question.kind == .multiple {
                answer = "~%\(choice.isCorrect ? weight(rightCount) : "-100")%"
            } else if choice.isCorrect {
                answer = "="
            } else {
                answer = choice.text.hasPrefix("%") ? "~%0%" : "~"
            }
            answer += escape(choice.text)
            if !choice.why.isEmpty { answer += "#" + escape(choice.why) }
            lines.append("\t" + answer)
        }
        let sources = exported.pages.map { "\($0.title) <\($0.url)>" }
        let feedback = [question.explanation] + (sources.isEmpty ? [] : ["Sources: " + sources.joined(separator: "; ")])
        let general = feedback.filter { !$0.isEmpty }.joined(separator: "\n")
        if !general.isEmpty { lines.append("\t####" + escape(general)) }
        lines.append("}")
        return lines.joined(separator: "\n")
    }

    /// Text with GIFT's special characters escaped by a backslash, the backslash first, and line breaks as `\n`.
    public static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "~", "=", "#", "{", "}", ":": out += "\\\(character)"
            case "\n": out += "\\n"
            case "\r\n", "\r": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    /// 100% shared equally among `count` right options, to five decimals (Moodle matches 33.33333% to its 1/3 grade).
    static func weight(_ count: Int) -> String {
        let share = (100.0 / Double(max(count, 1)) * 100_000).rounded() / 100_000
        var text = String(format: "%.5f", share)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// A topic title as one level of a Moodle category path, where `/` separates levels and `//` is a slash.
    private static func category(_ title: String) -> String {
        title.replacingOccurrences(of: "/", with: "//")
    }
}
