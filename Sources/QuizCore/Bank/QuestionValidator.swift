/// Checks one hand-written question entry against the bank's rules and builds the `Question`.
struct QuestionValidator {
    static let maximumChoices = 9
    let topicIDs: Set<String>

    struct Result {
        var question: Question?
        var problems: [BankProblem]
    }

    /// `sourceLists`, when given, keeps one copy of each distinct list of sources.
    func validate(
        _ entry: BankFileFormat.QuestionEntry, unknownKeys: [String], file: String, position: Int, sourceLists: SourceLists? = nil
    ) -> Result {
        var check = FieldChecker(file: file, id: entry.id ?? "questions[\(position)]")
        check.unknownKeys(unknownKeys)
        if let given = entry.id, !FieldChecker.isIdentifier(given) {
            check.report("id", "must be lowercase letters, digits, dots and dashes, starting with a letter or digit")
        } else if entry.id == nil {
            check.report("id", "missing")
        }

        let kind = check.choice(QuestionKind.self, entry.kind, "kind")
        let difficulty = check.choice(Difficulty.self, entry.difficulty, "difficulty")
        let serviceModel = entry.serviceModel.flatMap { check.choice(ServiceModel.self, $0, "serviceModel") }
        let topic = check.text(entry.topic, "topic")
        if let topic, !topicIDs.contains(topic) {
            check.report("topic", "unknown topic \"\(topic)\": add it to \(BankLoader.topicsFileName)")
        }
        let explanation = check.text(entry.explanation, "explanation")
        let checked = check.checkedDate(entry.checked)
        let examTask = check.examTask(entry.examTask)
        let sources = sourceLists.map { $0.shared(check.sources(entry.sources)) } ?? check.sources(entry.sources)

        var prompt: String?
        var choices: [Choice] = []
        switch kind {
        case .owner:
            if entry.options != nil {
                check.report("options", "an owner question takes no options: its choices are AWS, Customer and Shared")
            }
            let service = check.text(entry.service, "service")
            let control = check.text(entry.control, "control")
            let owner = check.choice(Owner.self, entry.owner, "owner")
            if let given = entry.prompt {
                prompt = check.text(given, "prompt")
            } else if let service, let control {
                prompt = OwnerQuestion.prompt(control: control, service: service)
            }
            if let owner { choices = OwnerQuestion.choices(owner) }
        case .single, .multiple:
            for (field, value) in [("service", entry.service), ("control", entry.control), ("owner", entry.owner)] where value != nil {
                check.report(field, "only owner questions take \(field)")
            }
            prompt = check.text(entry.prompt, "prompt")
            choices = validateOptions(entry.options, kind: kind!, check: &check)
        case nil:
            break
        }

        guard check.problems.isEmpty, let kind, let difficulty, let topic, let prompt, let explanation, let checked,
              let id = entry.id else {
            return Result(question: nil, problems: check.problems)
        }
        let question = Question(
            id: id, kind: kind, topic: topic, difficulty: difficulty, serviceModel: serviceModel, prompt: prompt,
            choices: choices, explanation: explanation, sources: sources, checked: checked, examTask: examTask
        )
        return Result(question: question, problems: [])
    }

    private func validateOptions(
        _ options: [BankFileFormat.OptionEntry]?, kind: QuestionKind, check: inout FieldChecker
    ) -> [Choice] {
        guard let options, !options.isEmpty else {
            check.report("options", "missing")
            return []
        }
        guard (2...Self.maximumChoices).contains(options.count) else {
            check.report("options", "has \(options.count) options; a question takes 2 to \(Self.maximumChoices)")
            return []
        }
        var choices: [Choice] = []
        var seen: [Substring] = []
        for (index, option) in options.enumerated() {
            var field: String { "options[\(index)]" }
            guard let text = check.text(option.text, "\(field).text") else { continue }
            let key = Substring(text.trimmedOfWhitespace.lowercased())
            if seen.contains(key) { check.report("\(field).text", "duplicates an earlier option") }
            seen.append(key)
            let why = option.why ?? ""
            if why.trimmedOfWhitespace.isEmpty {
                check.report("\(field).why", "missing: say why this option is right or wrong")
            } else {
                _ = check.optionalText(why, "\(field).why")
            }
            choices.append(Choice(text: text, isCorrect: option.correct ?? false, why: why))
        }
        let correct = choices.filter(\.isCorrect).count
        switch kind {
        case .single where correct != 1:
            check.report("options", "a single-choice question needs exactly one correct option; it has \(correct)")
        case .multiple where correct < 2 || correct >= options.count:
            check.report("options", "a multiple-response question needs at least two correct options and one wrong; it has \(correct) of \(options.count)")
        default:
            break
        }
        return choices
    }
}
