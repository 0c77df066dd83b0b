import Foundation

/// Reads `training/modules.json`: the pass mark and the modules in order, each with pages of teaching text and
/// the ids of the questions (or scenario steps) that test it. A bank without the file has no training, unless
/// the file is required (the bundled bank must have it).
enum TrainingLoader {
    static let folderName = "training"
    static let fileName = "modules.json"

    struct Training {
        var passMark: PassMark
        var modules: [TrainingModule]

        static let none = Training(passMark: .standard, modules: [])
    }

    static func fileURL(bankDirectory: URL) -> URL {
        bankDirectory.appendingPathComponent(folderName).appendingPathComponent(fileName)
    }

    /// `questions` holds every question a module may name: the bank's questions and the scenarios' steps (made
    /// only when there is a training file, since a large bank of one's own has none);
    /// `reportedIDs`, the ids of questions whose own problems are already reported, so naming them is not one more.
    /// Every problem is added to `problems`; the modules come back only when they have none.
    static func load(
        bankDirectory: URL, questions: @autoclosure () -> [String: Question], reportedIDs: Set<String> = [], required: Bool, problems: inout [BankProblem]
    ) -> Training {
        let url = fileURL(bankDirectory: bankDirectory)
        guard FileManager.default.fileExists(atPath: url.path) else {
            if required {
                problems.append(BankProblem(file: url.path, message: "missing: this bank must have its training modules"))
            }
            return .none
        }
        guard let strict = BankFiles.decode(Strict<TrainingFileFormat.TrainingFile>.self, at: url, problems: &problems) else { return .none }
        let file = strict.entry
        BankFiles.checkSchemaVersion(file.schemaVersion, file: url.path, problems: &problems)
        var check = FieldChecker(file: url.path, id: "-")
        check.unknownKeys(strict.unknownKeys)
        let passMark = self.passMark(file.passMark, check: &check)
        problems += check.problems

        guard let entries = file.modules, !entries.isEmpty else {
            problems.append(BankProblem(file: url.path, field: "modules", message: "missing: list at least one module"))
            return .none
        }
        var modules: [TrainingModule] = []
        var seenIDs: Set<String> = []
        let questions = questions()
        for (index, strictModule) in entries.enumerated() {
            var check = FieldChecker(file: url.path, id: strictModule.entry.id ?? "modules[\(index)]")
            let module = validateModule(strictModule, questions: questions, reportedIDs: reportedIDs, seenIDs: &seenIDs, check: &check)
            problems += check.problems
            if let module, check.problems.isEmpty { modules.append(module) }
        }
        return Training(passMark: passMark ?? .standard, modules: modules)
    }

    private static func passMark(_ value: Double?, check: inout FieldChecker) -> PassMark? {
        guard let value else {
            check.report("passMark", "missing: a whole percent from \(PassMark.allowed.lowerBound) to \(PassMark.allowed.upperBound), such as 80")
            return nil
        }
        guard let percent = wholeNumber(value), let mark = PassMark(percent: percent) else {
            check.report("passMark", "is \(written(value)); the pass mark is a whole percent from \(PassMark.allowed.lowerBound) to \(PassMark.allowed.upperBound), such as 80")
            return nil
        }
        return mark
    }

    private static func validateModule(
        _ strict: Strict<TrainingFileFormat.ModuleEntry>, questions lookup: [String: Question], reportedIDs: Set<String>,
        seenIDs: inout Set<String>, check: inout FieldChecker
    ) -> TrainingModule? {
        let entry = strict.entry
        check.unknownKeys(strict.unknownKeys)
        let id = check.text(entry.id, "id")
        if let id {
            if !FieldChecker.isIdentifier(id) {
                check.report("id", "must be lowercase letters, digits, dots and dashes, starting with a letter or digit")
            } else if !seenIDs.insert(id).inserted {
                check.report("id", "duplicate: an earlier module has this id")
            }
        }
        let title = check.text(entry.title, "title")
        let summary = check.text(entry.summary, "summary")
        let pages = validatePages(entry.pages, check: &check)
        let questions = validateQuestions(entry.questions, lookup: lookup, reportedIDs: reportedIDs, check: &check)
        let questionCount = validateQuestionCount(entry.questionCount, listed: entry.questions?.count ?? 0, check: &check)
        let sources = check.sources(entry.sources)
        let checked = check.checkedDate(entry.checked)
        guard let id, let title, let summary, let checked else { return nil }
        return TrainingModule(
            id: id, title: title, summary: summary, pages: pages, questions: questions, questionCount: questionCount,
            sources: sources, checked: checked
        )
    }

    private static func validatePages(_ entries: [Strict<TrainingFileFormat.PageEntry>]?, check: inout FieldChecker) -> [TrainingPage] {
        guard let entries, !entries.isEmpty else {
            check.report("pages", "missing: a module teaches at least one page")
            return []
        }
        var pages: [TrainingPage] = []
        for (index, strict) in entries.enumerated() {
            let field = "pages[\(index)]"
            for key in strict.unknownKeys { check.report("\(field).\(key)", "unknown field") }
            let title = check.text(strict.entry.title, "\(field).title")
            guard let given = strict.entry.paragraphs, !given.isEmpty else {
                check.report("\(field).paragraphs", "missing: a page holds at least one paragraph")
                continue
            }
            let paragraphs = given.enumerated().compactMap { position, text in check.text(text, "\(field).paragraphs[\(position)]") }
            if let title, paragraphs.count == given.count {
                pages.append(TrainingPage(title: title, paragraphs: paragraphs))
            }
        }
        return pages
    }

    private static func validateQuestions(
        _ ids: [String]?, lookup: [String: Question], reportedIDs: Set<String>, check: inout FieldChecker
    ) -> [Question] {
        guard let ids, !ids.isEmpty else {
            check.report("questions", "missing: list the ids of the questions that test this module")
            return []
        }
        var questions: [Question] = []
        var seen: Set<String> = []
        for (index, id) in ids.enumerated() {
            let field = "questions[\(index)]"
            guard seen.insert(id).inserted else {
                check.report(field, "\"\(id)\" is listed twice")
                continue
            }
            guard let question = lookup[id] else {
                if reportedIDs.contains(id) { continue }
                check.report(field, "unknown question \"\(id)\": no question or scenario step has this id")
                continue
            }
            questions.append(question)
        }
        return questions
    }

    private static func validateQuestionCount(_ value: Double?, listed: Int, check: inout FieldChecker) -> Int? {
        guard let value, listed > 0 else { return nil }
        guard let count = wholeNumber(value), (1...listed).contains(count) else {
            check.report("questionCount", "is \(written(value)); a module that lists \(listed) question\(listed == 1 ? "" : "s") draws from 1 to \(listed)")
            return nil
        }
        return count
    }

    private static func wholeNumber(_ value: Double) -> Int? {
        guard value.rounded() == value, abs(value) < 1e9 else { return nil }
        return Int(value)
    }

    /// A number as the bank author wrote it: `80`, not `80.0`.
    private static func written(_ value: Double) -> String {
        wholeNumber(value).map(String.init) ?? "\(value)"
    }
}
