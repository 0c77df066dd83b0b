import Foundation

/// Reads a bank directory (`topics.json` and `questions/*.json`) into a validated `Bank`,
/// or reports every problem in it: nothing is ever half-loaded.
public enum BankLoader {
    public static let topicsFileName = "topics.json"
    public static let questionsDirectoryName = "questions"

    public static func load(directory: URL) throws(BankError) -> Bank {
        var problems: [BankProblem] = []
        let topicsURL = directory.appendingPathComponent(topicsFileName)
        let topics = readTopics(at: topicsURL, problems: &problems)

        let questionFiles = listQuestionFiles(in: directory, problems: &problems)
        let validator = QuestionValidator(topicIDs: Set(topics.map(\.id)))
        var questions: [Question] = []
        var firstFileByID: [String: String] = [:]
        for url in questionFiles {
            let file = url.path
            guard let entries = decode(BankFileFormat.QuestionsFile.self, at: url, problems: &problems) else { continue }
            checkSchemaVersion(entries.schemaVersion, file: file, problems: &problems)
            guard let list = entries.questions else {
                problems.append(BankProblem(file: file, field: "questions", message: "missing: the file must hold a \"questions\" list"))
                continue
            }
            for (position, entry) in list.enumerated() {
                let result = validator.validate(entry, file: file, position: position)
                problems += result.problems
                guard let question = result.question else { continue }
                if let earlier = firstFileByID[question.id] {
                    problems.append(BankProblem(file: file, id: question.id, field: "id", message: "duplicate: already used in \(earlier)"))
                    continue
                }
                firstFileByID[question.id] = file
                questions.append(question)
            }
        }
        if problems.isEmpty && questions.isEmpty {
            problems.append(BankProblem(file: directory.appendingPathComponent(questionsDirectoryName).path, message: "no questions: add at least one"))
        }
        guard problems.isEmpty else { throw BankError(problems: problems) }
        return Bank(topics: topics, questions: questions)
    }

    private static func readTopics(at url: URL, problems: inout [BankProblem]) -> [Topic] {
        let file = url.path
        guard let decoded = decode(BankFileFormat.TopicsFile.self, at: url, problems: &problems) else { return [] }
        checkSchemaVersion(decoded.schemaVersion, file: file, problems: &problems)
        var topics: [Topic] = []
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
        if topics.isEmpty && problems.isEmpty {
            problems.append(BankProblem(file: file, field: "topics", message: "missing: the file must list at least one topic"))
        }
        return topics
    }

    private static func listQuestionFiles(in directory: URL, problems: inout [BankProblem]) -> [URL] {
        let folder = directory.appendingPathComponent(questionsDirectoryName)
        do {
            return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "json" }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
        } catch {
            problems.append(BankProblem(file: folder.path, message: "cannot read the folder of question files (\(FileReadFailure.reason(error)))"))
            return []
        }
    }

    private static func decode<T: Decodable>(_ type: T.Type, at url: URL, problems: inout [BankProblem]) -> T? {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            problems.append(BankProblem(file: url.path, message: "cannot read (\(FileReadFailure.reason(error)))"))
            return nil
        }
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            problems.append(JSONDecodingFailure.problem(error, file: url.path, data: data))
        } catch {
            problems.append(BankProblem(file: url.path, message: "not valid JSON: \(error)"))
        }
        return nil
    }

    private static func checkSchemaVersion(_ version: Int?, file: String, problems: inout [BankProblem]) {
        guard let version else {
            problems.append(BankProblem(file: file, field: "schemaVersion", message: "missing: expected \(BankFileFormat.schemaVersion)"))
            return
        }
        if version != BankFileFormat.schemaVersion {
            problems.append(BankProblem(file: file, field: "schemaVersion", message: "is \(version); this srm-quiz reads \(BankFileFormat.schemaVersion)"))
        }
    }
}
