import Foundation

/// Reads a bank directory (`topics.json`, `questions/*.json`, the optional `matrix/`, `scenarios/` and `training/`), and
/// any banks added to it, into a validated `Bank`, or reports every problem in them: nothing is ever half-loaded.
public enum BankLoader {
    public static let topicsFileName = "topics.json"
    public static let questionsDirectoryName = "questions"

    /// `trainingRequired`: the bank must have `training/modules.json` (the bundled bank must; a bank of one's own may leave it out).
    public static func load(directory: URL, trainingRequired: Bool = false) throws(BankError) -> Bank {
        try load(directories: [directory], trainingRequired: trainingRequired)
    }

    /// The first directory is the base bank; each further one adds topics (its topics.json is optional) and
    /// questions, and may not reuse an id or carry a matrix or training of its own.
    public static func load(directories: [URL], trainingRequired: Bool = false) throws(BankError) -> Bank {
        guard let base = directories.first else { throw BankError(problems: [BankProblem(file: "-", message: "no bank directory given")]) }
        var problems: [BankProblem] = []
        var topics: [Topic] = []
        for (index, directory) in directories.enumerated() {
            let url = directory.appendingPathComponent(topicsFileName)
            if index == 0 || FileManager.default.fileExists(atPath: url.path) {
                readTopics(at: url, into: &topics, problems: &problems)
            }
        }

        let validator = QuestionValidator(topicIDs: Set(topics.map(\.id)))
        var questions: [Question] = []
        var firstFileByID: [String: String] = [:]
        var reportedIDs: Set<String> = []
        var questionFiles: [URL] = []
        for directory in directories {
            questionFiles += BankFiles.jsonFiles(in: directory.appendingPathComponent(questionsDirectoryName), problems: &problems)
        }
        let read = questionFiles.concurrentMap { QuestionFile(url: $0, validator: validator) }
        let entryCount = read.reduce(0) { $0 + $1.entries.count }
        questions.reserveCapacity(entryCount)
        firstFileByID.reserveCapacity(entryCount)
        for (url, file) in zip(questionFiles, read) {
            problems += file.problems
            for entry in file.entries {
                problems += entry.problems
                guard let question = entry.question else {
                    if let id = entry.id { reportedIDs.insert(id) }
                    continue
                }
                if let earlier = firstFileByID[question.id] {
                    problems.append(BankProblem(file: url.path, id: question.id, field: "id", message: "duplicate: already used in \(earlier)"))
                    continue
                }
                firstFileByID[question.id] = url.path
                questions.append(question)
            }
        }
        for directory in directories.dropFirst() {
            for (folderName, what) in [
                (MatrixLoader.folderName, "a matrix"), (TrainingLoader.folderName, "training modules"), (GlossaryLoader.fileName, "a glossary"),
            ] {
                let folder = directory.appendingPathComponent(folderName)
                if FileManager.default.fileExists(atPath: folder.path) {
                    problems.append(BankProblem(file: folder.path, message: "an added bank cannot carry \(what); use it with --bank instead of the bundled bank"))
                }
            }
        }
        var scenarios: [Scenario] = []
        for directory in directories {
            for (scenario, file) in ScenarioLoader.load(bankDirectory: directory, validator: validator, problems: &problems) {
                for id in [scenario.id] + scenario.steps.map(\.question.id) {
                    if let earlier = firstFileByID[id] {
                        problems.append(BankProblem(file: file, id: id, field: "id", message: "duplicate: already used in \(earlier)"))
                    }
                    firstFileByID[id] = file
                }
                scenarios.append(scenario)
            }
        }
        let matrix = MatrixLoader.load(bankDirectory: base, problems: &problems)
        let generated = MatrixQuestions.generate(from: matrix)
        if !generated.isEmpty && !topics.contains(where: { $0.id == MatrixQuestions.topic }) {
            problems.append(BankProblem(
                file: base.appendingPathComponent(topicsFileName).path, field: "topics",
                message: "missing the topic \"\(MatrixQuestions.topic)\" that questions made from the matrix belong to"
            ))
        }
        for question in generated {
            if let file = firstFileByID[question.id] {
                problems.append(BankProblem(file: file, id: question.id, field: "id", message: "duplicate: the matrix makes a question with this id"))
            }
        }
        questions += generated
        let training = TrainingLoader.load(
            bankDirectory: base,
            questions: Dictionary((questions + scenarios.flatMap { $0.steps.map(\.question) }).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
            reportedIDs: reportedIDs, required: trainingRequired, problems: &problems
        )
        let glossary = GlossaryLoader.load(bankDirectory: base, problems: &problems)
        if problems.isEmpty && questions.isEmpty {
            problems.append(BankProblem(file: base.appendingPathComponent(questionsDirectoryName).path, message: "no questions: add at least one"))
        }
        guard problems.isEmpty else { throw BankError(problems: problems) }
        return Bank(
            topics: topics, questions: questions, matrix: matrix, scenarios: scenarios, trainingModules: training.modules,
            trainingPassMark: training.passMark, glossary: glossary
        )
    }

    private static func readTopics(at url: URL, into topics: inout [Topic], problems: inout [BankProblem]) {
        let file = url.path
        guard let decoded = BankFiles.decode(BankFileFormat.TopicsFile.self, at: url, problems: &problems) else { return }
        BankFiles.checkSchemaVersion(decoded.schemaVersion, file: file, problems: &problems)
        let before = topics.count
        for entry in decoded.topics ?? [] {
            guard let id = entry.id, !id.isEmpty else {
                problems.append(BankProblem(file: file, field: "id", message: "missing: every topic needs an id"))
                continue
            }
            guard let title = entry.title, !title.isEmpty else {
                problems.append(BankProblem(file: file, id: id, field: "title", message: "missing: every topic needs a title"))
                continue
            }
            if topics.contains(where: { $0.id == id }) {
                problems.append(BankProblem(file: file, id: id, field: "id", message: "duplicate topic id"))
                continue
            }
            if let message = TextRules.problem(in: title) {
                problems.append(BankProblem(file: file, id: id, field: "title", message: message))
            }
            topics.append(Topic(id: id, title: title))
        }
        if topics.count == before && problems.isEmpty {
            problems.append(BankProblem(file: file, field: "topics", message: "missing: the file must list at least one topic"))
        }
    }
}
