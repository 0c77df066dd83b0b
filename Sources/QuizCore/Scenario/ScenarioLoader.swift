import Foundation

/// Reads `scenarios/*.json`: each a narrative and three to five steps that together ask who was responsible,
/// which control failed, what would have prevented it, and what to do now.
enum ScenarioLoader {
    static let folderName = "scenarios"
    static let stepCount = 3...5

    /// Each scenario with the path of its file.
    static func load(bankDirectory: URL, validator: QuestionValidator, problems: inout [BankProblem]) -> [(scenario: Scenario, file: String)] {
        let folder = bankDirectory.appendingPathComponent(folderName)
        guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
        var scenarios: [(scenario: Scenario, file: String)] = []
        for url in BankFiles.jsonFiles(in: folder, problems: &problems) {
            guard let strict = BankFiles.decode(Strict<ScenarioFileFormat.ScenarioFile>.self, at: url, problems: &problems) else { continue }
            let file = strict.entry
            BankFiles.checkSchemaVersion(file.schemaVersion, file: url.path, problems: &problems)
            var check = FieldChecker(file: url.path, id: file.id ?? "-")
            check.unknownKeys(strict.unknownKeys)
            let id = check.text(file.id, "id")
            if let id, !FieldChecker.isIdentifier(id) {
                check.report("id", "must be lowercase letters, digits, dots and dashes, starting with a letter or digit")
            }
            let title = check.text(file.title, "title")
            let topic = check.text(file.topic, "topic")
            if let topic, !validator.topicIDs.contains(topic) {
                check.report("topic", "unknown topic \"\(topic)\": add it to \(BankLoader.topicsFileName)")
            }
            let difficulty = check.choice(Difficulty.self, file.difficulty, "difficulty")
            let serviceModel = file.serviceModel.flatMap { check.choice(ServiceModel.self, $0, "serviceModel") }
            let narrative = check.text(file.narrative, "narrative")
            let summary = check.text(file.summary, "summary")
            let sources = check.sources(file.sources)
            let checked = check.checkedDate(file.checked)
            let steps = validateSteps(file, scenarioID: id ?? "-", url: url, validator: validator, check: &check)
            problems += check.problems
            if check.problems.isEmpty, let id, let title, let topic, let difficulty, let narrative, let summary, let checked {
                let scenario = Scenario(
                    id: id, title: title, topic: topic, difficulty: difficulty, serviceModel: serviceModel, narrative: narrative,
                    steps: steps, summary: summary, sources: sources, checked: checked
                )
                scenarios.append((scenario, url.path))
            }
        }
        return scenarios
    }

    private static func validateSteps(
        _ file: ScenarioFileFormat.ScenarioFile, scenarioID: String, url: URL, validator: QuestionValidator, check: inout FieldChecker
    ) -> [ScenarioStep] {
        let entries = file.steps ?? []
        guard stepCount.contains(entries.count) else {
            check.report("steps", "has \(entries.count) steps; a scenario takes \(stepCount.lowerBound) to \(stepCount.upperBound)")
            return []
        }
        var steps: [ScenarioStep] = []
        for (index, strict) in entries.enumerated() {
            var entry = strict.entry.question
            entry.topic = entry.topic ?? file.topic
            entry.difficulty = entry.difficulty ?? file.difficulty
            entry.serviceModel = entry.serviceModel ?? file.serviceModel
            entry.sources = entry.sources ?? file.sources
            entry.checked = entry.checked ?? file.checked
            entry.examTask = entry.examTask ?? file.examTask
            let unknown = strict.unknownKeys
            let result = validator.validate(entry, unknownKeys: unknown, file: url.path, position: index)
            for problem in result.problems {
                check.report("steps[\(index)].\(problem.field)", problem.id == entry.id ? problem.message : "\(problem.id): \(problem.message)")
            }
            if let stepID = entry.id, !stepID.hasPrefix(scenarioID + ".") {
                check.report("steps[\(index)].id", "must start with the scenario's id, \"\(scenarioID).\"")
            }
            let aim = check.choice(ScenarioAim.self, strict.entry.asks, "steps[\(index)].asks")
            if let aim, let question = result.question { steps.append(ScenarioStep(aim: aim, question: question)) }
        }
        let missing = ScenarioAim.allCases.filter { aim in !entries.contains { $0.entry.asks == aim.rawValue } }
        if !missing.isEmpty {
            check.report("steps", "no step asks about \(missing.map(\.rawValue).joined(separator: ", ")); every scenario asks responsibility, failed-control, prevention and response")
        }
        return steps
    }
}
