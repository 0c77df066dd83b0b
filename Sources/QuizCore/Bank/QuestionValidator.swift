import Foundation

/// Checks one hand-written question entry against the bank's rules and builds the `Question`.
struct QuestionValidator {
    static let maximumChoices = 9
    let topicIDs: Set<String>

    struct Result {
        var question: Question?
        var problems: [BankProblem]
    }

    func validate(_ entry: BankFileFormat.QuestionEntry, file: String, position: Int) -> Result {
        let id = entry.id ?? "questions[\(position)]"
        var problems: [BankProblem] = []
        func report(_ field: String, _ message: String) {
            problems.append(BankProblem(file: file, id: id, field: field, message: message))
        }
        func required(_ value: String?, _ field: String) -> String? {
            guard let value, !value.trimmingCharacters(in: .whitespaces).isEmpty else {
                report(field, "missing")
                return nil
            }
            if let message = TextRules.problem(in: value) {
                report(field, message)
                return nil
            }
            return value
        }

        for key in entry.unknownKeys { report(key, "unknown field") }
        if let given = entry.id, !Self.isValidID(given) {
            report("id", "must be lowercase letters, digits, dots and dashes, starting with a letter or digit")
        } else if entry.id == nil {
            report("id", "missing")
        }

        let kind = parse(QuestionKind.self, entry.kind, field: "kind", report: report)
        let difficulty = parse(Difficulty.self, entry.difficulty, field: "difficulty", report: report)
        let serviceModel = entry.serviceModel.flatMap { parse(ServiceModel.self, $0, field: "serviceModel", report: report) }
        let topic = required(entry.topic, "topic")
        if let topic, !topicIDs.contains(topic) {
            report("topic", "unknown topic \"\(topic)\": add it to \(BankLoader.topicsFileName)")
        }
        let explanation = required(entry.explanation, "explanation")
        let checked = required(entry.checked, "checked")
        if let checked, !Self.isCalendarDate(checked) {
            report("checked", "must be a date written YYYY-MM-DD")
        }
        let sources = validateSources(entry.sources, report: report)

        var prompt: String?
        var choices: [Choice] = []
        switch kind {
        case .owner:
            if entry.options != nil {
                report("options", "an owner question takes no options: its choices are AWS, Customer and Shared")
            }
            let service = required(entry.service, "service")
            let control = required(entry.control, "control")
            let owner = parse(Owner.self, entry.owner, field: "owner", report: report)
            if let given = entry.prompt {
                prompt = required(given, "prompt")
            } else if let service, let control {
                prompt = "Who is responsible for \(control) in \(service)?"
            }
            if let owner {
                choices = Owner.allCases.map { Choice(text: $0.title, isCorrect: $0 == owner, why: "") }
            }
        case .single, .multiple:
            for (field, value) in [("service", entry.service), ("control", entry.control), ("owner", entry.owner)] where value != nil {
                report(field, "only owner questions take \(field)")
            }
            prompt = required(entry.prompt, "prompt")
            choices = validateOptions(entry.options, kind: kind!, report: report)
        case nil:
            break
        }

        guard problems.isEmpty, let kind, let difficulty, let topic, let prompt, let explanation, let checked,
              let id = entry.id else {
            return Result(question: nil, problems: problems)
        }
        let question = Question(
            id: id, kind: kind, topic: topic, difficulty: difficulty, serviceModel: serviceModel, prompt: prompt,
            choices: choices, explanation: explanation, sources: sources, checked: checked
        )
        return Result(question: question, problems: [])
    }

    private func validateOptions(
        _ options: [BankFileFormat.OptionEntry]?, kind: QuestionKind, report: (String, String) -> Void
    ) -> [Choice] {
        guard let options, !options.isEmpty else {
            report("options", "missing")
            return []
        }
        guard (2...Self.maximumChoices).contains(options.count) else {
            report("options", "has \(options.count) options; a question takes 2 to \(Self.maximumChoices)")
            return []
        }
        var choices: [Choice] = []
        var seen: Set<String> = []
        for (index, option) in options.enumerated() {
            let field = "options[\(index)]"
            guard let text = option.text, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                report("\(field).text", "missing")
                continue
            }
            if let message = TextRules.problem(in: text) { report("\(field).text", message) }
            let key = text.trimmingCharacters(in: .whitespaces).lowercased()
            if !seen.insert(key).inserted { report("\(field).text", "duplicates an earlier option") }
            let why = option.why ?? ""
            if why.trimmingCharacters(in: .whitespaces).isEmpty {
                report("\(field).why", "missing: say why this option is right or wrong")
            } else if let message = TextRules.problem(in: why) {
                report("\(field).why", message)
            }
            choices.append(Choice(text: text, isCorrect: option.correct ?? false, why: why))
        }
        let correct = choices.filter(\.isCorrect).count
        switch kind {
        case .single where correct != 1:
            report("options", "a single-choice question needs exactly one correct option; it has \(correct)")
        case .multiple where correct < 2 || correct >= options.count:
            report("options", "a multiple-response question needs at least two correct options and one wrong; it has \(correct) of \(options.count)")
        default:
            break
        }
        return choices
    }

    private func validateSources(_ entries: [BankFileFormat.SourceEntry]?, report: (String, String) -> Void) -> [Source] {
        guard let entries, !entries.isEmpty else {
            report("sources", "missing: cite at least one seed file or AWS documentation page")
            return []
        }
        var sources: [Source] = []
        for (index, entry) in entries.enumerated() {
            let field = "sources[\(index)]"
            switch (entry.seed, entry.title, entry.url) {
            case (let seed?, nil, nil) where !seed.isEmpty:
                sources.append(.seed(file: seed))
            case (nil, let title?, let url?) where !title.isEmpty && url.hasPrefix("https://"):
                sources.append(.page(title: title, url: url))
            case (nil, _?, let url?) where !url.hasPrefix("https://"):
                report("\(field).url", "must be an https:// address")
            default:
                report(field, "must be either {\"seed\": FILE} or {\"title\": TITLE, \"url\": URL}")
            }
        }
        return sources
    }

    private func parse<T: RawRepresentable & CaseIterable>(
        _ type: T.Type, _ raw: String?, field: String, report: (String, String) -> Void
    ) -> T? where T.RawValue == String {
        let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
        guard let raw else {
            report(field, "missing: one of \(allowed)")
            return nil
        }
        guard let value = T(rawValue: raw) else {
            report(field, "\"\(raw)\" is not one of \(allowed)")
            return nil
        }
        return value
    }

    static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, isLowerAlphanumeric(first) else { return false }
        return id.unicodeScalars.allSatisfy { isLowerAlphanumeric($0) || $0 == "." || $0 == "-" }
    }

    private static func isLowerAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    static func isCalendarDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return false }
        var components = DateComponents(calendar: Calendar(identifier: .gregorian), year: year, month: month, day: day)
        components.timeZone = TimeZone(identifier: "UTC")
        return (1...12).contains(month) && components.isValidDate
    }
}
