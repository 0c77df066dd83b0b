import Foundation

/// One `questions/*.json` file read and each entry validated on its own; which ids repeat across files is for
/// the loader to find, once every file is read.
struct QuestionFile: Sendable {
    /// A validated entry: its question, or the problems that kept it out.
    struct Entry: Sendable {
        var question: Question?
        var problems: [BankProblem]
        /// The entry's id when it has one, valid or not.
        var id: String?
    }

    /// Problems with the file as a whole, found before its entries.
    var problems: [BankProblem] = []
    var entries: [Entry] = []

    init(url: URL, validator: QuestionValidator) {
        let file = url.path
        guard let decoded = BankFiles.decode(BankFileFormat.QuestionsFile.self, at: url, problems: &problems) else { return }
        BankFiles.checkSchemaVersion(decoded.schemaVersion, file: file, problems: &problems)
        guard let list = decoded.questions else {
            problems.append(BankProblem(file: file, field: "questions", message: "missing: the file must hold a \"questions\" list"))
            return
        }
        let sourceLists = SourceLists()
        entries = list.enumerated().map { position, strict in
            let result = validator.validate(strict.entry, unknownKeys: strict.unknownKeys, file: file, position: position, sourceLists: sourceLists)
            return Entry(question: result.question, problems: result.problems, id: strict.entry.id)
        }
    }
}
