import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// The Anki export read back as Anki reads it (tab-separated, CSV quoting, `#` lines as headers or comments): one
/// note per question with its front, back, tags and GUID, whatever the text holds.
@Suite struct AnkiExportTests {
    struct ReadNote {
        let front: [String]
        let back: [String]
        let tags: [String]
        let guid: String
    }

    /// The notes of an export, each field's HTML taken back to plain lines.
    func read(_ export: String) throws -> [ReadNote] {
        try DelimitedTextParser.parse(export, separator: "\t", comment: "#").map { fields in
            try #require(fields.count == 4, "\(fields)")
            return ReadNote(front: plainLines(fields[0]), back: plainLines(fields[1]), tags: fields[2].split(separator: " ").map(String.init), guid: fields[3])
        }
    }

    func plainLines(_ html: String) -> [String] {
        html.components(separatedBy: "<br>").map {
            $0.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
        }
    }

    /// Every note read back holds what its question holds.
    func expectRoundTrip(_ bank: Bank, includeMatrix: Bool) throws {
        let export = AnkiExport.text(bank, includeMatrix: includeMatrix)
        #expect(export.hasPrefix(AnkiExport.header.joined(separator: "\n") + "\n"))
        let notes = try read(export)
        let exported = ExportedQuestions.grouped(bank, includeMatrix: includeMatrix).flatMap(\.questions)
        try #require(notes.count == exported.count)
        for (note, source) in zip(notes, exported) {
            let question = source.question
            #expect(note.guid == "srm-quiz:\(question.id)")
            let story = source.story.map { $0.components(separatedBy: "\n") + [""] } ?? []
            let count = question.correctIndices.count
            let choose = [2: "two", 3: "three", 4: "four"][count] ?? String(count)
            let prompt = question.kind == .multiple ? "\(question.prompt) (Choose \(choose).)" : question.prompt
            let choices = source.orderedChoices
            let options = choices.enumerated().map { "\($0.offset + 1). \($0.element.text)" }
            #expect(note.front == story + [prompt, ""] + options, "\(question.id)")
            let right = choices.enumerated().filter(\.element.isCorrect).map { "\($0.offset + 1). \($0.element.text)" }
            var back = [right.count == 1 ? "Answer:" : "Answers:"] + right
            if !question.explanation.isEmpty { back += ["", question.explanation] }
            let links = source.pages.map { "<a href=\"\($0.url)\">\($0.title)</a>" }
            if !links.isEmpty { back += ["", "Sources: " + links.joined(separator: "; ")] }
            #expect(note.back == back, "\(question.id)")
            var tags = ["srm-quiz", "srm-quiz::topic::\(question.topic)", "srm-quiz::difficulty::\(question.difficulty.rawValue)"]
            if let model = question.serviceModel { tags.append("srm-quiz::service-model::\(model.rawValue)") }
            #expect(note.tags == tags)
        }
    }

    @Test(arguments: [false, true])
    func theBundledBankReadsBackAsItWas(includeMatrix: Bool) throws {
        try expectRoundTrip(try BankLoader.load(directory: Fixtures.bundledBankURL), includeMatrix: includeMatrix)
    }

    @Test func tabsLineBreaksQuotesAndMarkupSurvive() throws {
        let awkward = Question(
            id: "t.awkward", kind: .multiple, topic: "basics", difficulty: .hard, serviceModel: .container,
            prompt: "#1 question:\ta tab, a \"quote\", <b>markup</b> & an\nline break",
            choices: [
                Choice(text: "\"quoted\" right", isCorrect: true, why: ""),
                Choice(text: "tab\there", isCorrect: true, why: ""),
                Choice(text: "&amp; is not an entity here", isCorrect: false, why: ""),
            ],
            explanation: "Line one\r\nline two", sources: [.page(title: "A \"page\"", url: "https://example.com/a?b=1&c=2")], checked: "2026-11-22"
        )
        let hashed = Question(
            id: "t.hashed", kind: .single, topic: "basics", difficulty: .easy, serviceModel: nil, prompt: "#hashtag first",
            choices: Fixtures.single.choices, explanation: "", sources: [.seed(file: "000.txt")], checked: "2026-11-22"
        )
        let bank = Bank(topics: [Topic(id: "basics", title: "Basics")], questions: [awkward, hashed, Fixtures.single])
        let export = AnkiExport.text(bank, includeMatrix: false)
        let rows = export.components(separatedBy: "\n").dropFirst(AnkiExport.header.count).filter { !$0.isEmpty }
        #expect(rows.count == 3, "no field breaks a line")
        #expect(rows[1].hasPrefix("\"#hashtag first<br>"), "a field starting with # is quoted so it is not read as a comment")
        let notes = try read(export)
        #expect(notes.count == 3)
        #expect(notes[1].front.first == "#hashtag first")
        let hashedRight = ExportedQuestion(question: hashed, story: nil).orderedChoices.firstIndex(where: \.isCorrect)! + 1
        #expect(notes[1].back == ["Answer:", "\(hashedRight). AWS"], "no explanation, no blank line for it, no seed shown")
        #expect(notes[0].front.first == "#1 question:\ta tab, a \"quote\", <b>markup</b> & an")
        #expect(notes[0].front[1] == "line break (Choose two.)")
        #expect(notes[0].front.contains { $0.hasSuffix(". tab\there") })
        #expect(notes[0].back.contains("Line one"))
        #expect(notes[0].back.last == "Sources: <a href=\"https://example.com/a?b=1&c=2\">A \"page\"</a>")
        #expect(notes[0].tags.contains("srm-quiz::service-model::container"))
    }

    @Test func aScenarioStepShowsItsStoryFirst() {
        let exported = ExportedQuestion(question: Fixtures.single, story: "A bucket went public.")
        let note = AnkiExport.note(exported)
        let options = exported.orderedChoices.enumerated().map { "\($0.offset + 1). \($0.element.text)" }.joined(separator: "<br>")
        #expect(note.front == "A bucket went public.<br><br>Who guards the data centres?<br><br>" + options)
        let right = exported.orderedChoices.firstIndex(where: \.isCorrect)! + 1
        #expect(note.back.hasPrefix("Answer:<br>\(right). AWS<br><br>Facilities are security OF the cloud."))
    }
}
