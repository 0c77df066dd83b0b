/// The bank as a file Anki imports (File > Import): one Basic note per question, tab-separated, after the header
/// lines Anki reads (`#separator:tab`, `#html:true`, `#tags column:3`, `#guid column:4`, `#notetype:Basic`).
///
/// - Front: the scenario's story for a scenario step, the prompt (with "(Choose two.)" where two are right), then
///   the options numbered 1, 2, 3.
/// - Options in `ExportedQuestion.choiceOrder` (shuffled per question, the same in every export).
/// - Back: the right option or options with their numbers, the explanation, and the AWS pages cited, as links.
/// - Deck: the header's `#deck:` line puts every note in one deck named for the app.
/// - Tags: `srm-quiz`, and `srm-quiz::topic::ID`, `srm-quiz::difficulty::LEVEL` and `srm-quiz::service-model::MODEL`.
/// - GUID: `srm-quiz:` and the question id, so importing a newer export updates the notes instead of adding copies.
///
/// Fields are HTML (Anki shows plain text line breaks as spaces): bank text is HTML-escaped, lines are joined
/// with `<br>`, so no field holds a tab or a line break; a field that still would is quoted as CSV quotes it.
public enum AnkiExport {
    public struct Note: Equatable, Sendable {
        public let front: String
        public let back: String
        public let tags: [String]
        public let guid: String
    }

    public static let deck = "SRM Quiz: AWS Shared Responsibility Model"
    public static let header = [
        "#separator:tab", "#html:true", "#tags column:3", "#guid column:4", "#notetype:Basic", "#deck:\(deck)",
    ]

    public static func text(_ bank: Bank, includeMatrix: Bool) -> String {
        let notes = ExportedQuestions.grouped(bank, includeMatrix: includeMatrix).flatMap(\.questions).map(note)
        let rows = notes.map { [$0.front, $0.back, $0.tags.joined(separator: " "), $0.guid].map(field).joined(separator: "\t") }
        return (header + rows).map { $0 + "\n" }.joined()
    }

    public static func note(_ exported: ExportedQuestion) -> Note {
        let question = exported.question
        var front: [String] = []
        if let story = exported.story { front += [html(story), ""] }
        front.append(html(question.prompt + choose(question)))
        front.append("")
        let choices = exported.orderedChoices
        front += choices.enumerated().map { "\($0.offset + 1). " + html($0.element.text) }

        let right = choices.enumerated().filter(\.element.isCorrect).map { "\($0.offset + 1). " + html($0.element.text) }
        var back = [right.count == 1 ? "Answer:" : "Answers:"] + right
        if !question.explanation.isEmpty { back += ["", html(question.explanation)] }
        let links = exported.pages.map { "<a href=\"\(html($0.url))\">\(html($0.title))</a>" }
        if !links.isEmpty { back += ["", "Sources: " + links.joined(separator: "; ")] }

        var tags = ["srm-quiz", "srm-quiz::topic::\(question.topic)", "srm-quiz::difficulty::\(question.difficulty.rawValue)"]
        if let model = question.serviceModel { tags.append("srm-quiz::service-model::\(model.rawValue)") }
        return Note(
            front: front.joined(separator: "<br>"), back: back.joined(separator: "<br>"), tags: tags.map(tag),
            guid: "srm-quiz:\(question.id)"
        )
    }

    /// " (Choose two.)" for a multiple-response question, as the app asks it; nothing otherwise.
    private static func choose(_ question: Question) -> String {
        guard question.kind == .multiple else { return "" }
        let words = [2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight"]
        let count = question.correctIndices.count
        return " (Choose \(words[count] ?? String(count)).)"
    }

    /// Text safe inside an HTML field: `&`, `<`, `>` and `"` as entities, line breaks as `<br>`.
    public static func html(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\r\n", "\r": out += "<br>"
            default: out.append(character)
            }
        }
        return out
    }

    /// A tag is one word to Anki: whitespace inside becomes `_`.
    private static func tag(_ text: String) -> String {
        String(text.map { $0.isWhitespace ? "_" : $0 })
    }

    /// A field as Anki's reader (CSV rules, `#` starting a comment line) takes it back unchanged: quoted, with
    /// quotes doubled, when it holds a tab, a quote or a line break, or starts with `#`.
    static func field(_ text: String) -> String {
        guard text.hasPrefix("#") || text.contains(where: { $0 == "\t" || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
