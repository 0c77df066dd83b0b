import Crypto

/// A SHA-256 digest of a bank's content, in lowercase hex: topics, hand-written questions, the matrix, scenarios
/// and training. It is taken over the loaded content, written out canonically (entries sorted by id, text with
/// runs of whitespace made single spaces), so file names, the order of files and entries, and the layout of the
/// JSON do not change it; any changed word does. Questions made from the matrix are left out, since the cells
/// they come from are in. The order of choices, scenario steps, modules, pages and paragraphs is kept: it means
/// something.
public enum BankFingerprint {
    public static func of(_ bank: Bank) -> String {
        var text = CanonicalText()
        text.list("topics", bank.topics.sorted { $0.id < $1.id }) { text, topic in
            text.field("id", topic.id)
            text.field("title", topic.title)
        }
        let generated = Set(MatrixQuestions.generate(from: bank.matrix).map(\.id))
        text.list("questions", bank.questions.filter { !generated.contains($0.id) }.sorted { $0.id < $1.id }) { text, question in
            text.question(question)
        }
        addMatrix(bank.matrix, to: &text)
        text.list("scenarios", bank.scenarios.sorted { $0.id < $1.id }) { text, scenario in
            text.field("id", scenario.id)
            text.field("title", scenario.title)
            text.field("topic", scenario.topic)
            text.field("difficulty", scenario.difficulty.rawValue)
            text.field("serviceModel", scenario.serviceModel?.rawValue)
            text.field("narrative", scenario.narrative)
            text.list("steps", scenario.steps) { text, step in
                text.field("asks", step.aim.rawValue)
                text.question(step.question)
            }
            text.field("summary", scenario.summary)
            text.sources(scenario.sources)
            text.field("checked", scenario.checked)
        }
        text.field("passMark", String(bank.trainingPassMark.percent))
        text.list("modules", bank.trainingModules) { text, module in
            text.field("id", module.id)
            text.field("title", module.title)
            text.field("summary", module.summary)
            text.list("pages", module.pages) { text, page in
                text.field("title", page.title)
                text.list("paragraphs", page.paragraphs) { text, paragraph in text.field("paragraph", paragraph) }
            }
            text.list("questions", module.questions) { text, question in text.field("id", question.id) }
            text.field("questionCount", String(module.questionCount))
            text.sources(module.sources)
            text.field("checked", module.checked)
        }
        if !bank.glossary.isEmpty {
            text.list("glossary", bank.glossary) { text, entry in
                text.field("term", entry.term)
                text.field("definition", entry.definition)
                text.sources(entry.sources)
                text.field("checked", entry.checked)
            }
        }
        return SHA256.hash(data: text.bytes).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    private static func addMatrix(_ matrix: ResponsibilityMatrix, to text: inout CanonicalText) {
        text.list("serviceModels", matrix.serviceModels.sorted { $0.id.rawValue < $1.id.rawValue }) { text, model in
            text.field("id", model.id.rawValue)
            text.field("title", model.title)
            text.field("cloudModel", model.cloudModel)
            text.field("description", model.description)
        }
        text.list("services", matrix.services.sorted { $0.id < $1.id }) { text, service in
            text.field("id", service.id)
            text.field("name", service.name)
            text.field("shortName", service.shortName)
            text.field("serviceModel", service.serviceModel.rawValue)
            text.field("summary", service.summary)
        }
        text.list("controls", matrix.controls.sorted { $0.id < $1.id }) { text, control in
            text.field("id", control.id)
            text.field("name", control.name)
            text.field("phrase", control.phrase)
            text.field("controlClass", control.controlClass?.rawValue)
        }
        let cells = matrix.cells.sorted { ($0.service, $0.control) < ($1.service, $1.control) }
        text.list("cells", cells) { text, cell in
            text.field("service", cell.service)
            text.field("control", cell.control)
            text.field("owner", cell.owner.rawValue)
            text.field("awsPart", cell.awsPart)
            text.field("customerPart", cell.customerPart)
            text.field("condition", cell.condition)
            text.field("difficulty", cell.difficulty.rawValue)
            text.field("explanation", cell.explanation)
            text.sources(cell.sources)
            text.field("checked", cell.checked)
            if let task = cell.examTask { text.field("examTask", task.id) }
            if cell.revision > 1 { text.field("revision", String(cell.revision)) }
        }
    }
}

/// The bytes a fingerprint is taken over: each field its name and its length-prefixed value, each list its
/// length, so no two different contents can write the same bytes.
private struct CanonicalText {
    private(set) var bytes: [UInt8] = []

    mutating func field(_ name: String, _ value: String?) {
        guard let value else {
            append("\(name)!\n")
            return
        }
        let normalized = value.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        append("\(name)=\(normalized.utf8.count):")
        append(normalized)
        append("\n")
    }

    mutating func list<Item>(_ name: String, _ items: [Item], _ each: (inout CanonicalText, Item) -> Void) {
        append("\(name)[\(items.count)\n")
        for item in items {
            each(&self, item)
            append(";\n")
        }
        append("]\n")
    }

    mutating func question(_ question: Question) {
        field("id", question.id)
        field("kind", question.kind.rawValue)
        field("topic", question.topic)
        field("difficulty", question.difficulty.rawValue)
        field("serviceModel", question.serviceModel?.rawValue)
        field("prompt", question.prompt)
        list("choices", question.choices) { text, choice in
            text.field("text", choice.text)
            text.field("correct", choice.isCorrect ? "true" : "false")
            text.field("why", choice.why)
        }
        field("explanation", question.explanation)
        sources(question.sources)
        field("checked", question.checked)
        if let task = question.examTask { field("examTask", task.id) }
    }

    mutating func sources(_ sources: [Source]) {
        list("sources", sources) { text, source in
            switch source {
            case .seed(let file):
                text.field("seed", file)
            case let .page(title, url, supports):
                text.field("title", title)
                text.field("url", url)
                if let supports { text.field("supports", supports) }
            }
        }
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }
}
