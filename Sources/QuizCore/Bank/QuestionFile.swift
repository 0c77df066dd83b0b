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

    /// The file is read as a stream of entries, each validated as soon as it is read; but as before, a file that
    /// turns out to be broken anywhere gives one problem and no entries.
    init(url: URL, validator: QuestionValidator) {
        let file = url.path
        guard let data = BankFiles.read(url, problems: &problems) else { return }
        let decoder = JSONTreeDecoder()
        let list = decoder.streamedList("questions")
        let sourceLists = SourceLists()
        var read: [Entry] = []
        var firstError: (any Error)?
        let document: JSONValue
        do {
            document = try JSONParser.parse(data, streaming: "questions") { element, position in
                guard firstError == nil else { return }
                do {
                    var fields = try JSONFields(element, parent: list, key: JSONIndexKey(position))
                    let strict = try Strict<BankFileFormat.QuestionEntry>(json: &fields)
                    let result = validator.validate(
                        strict.entry, unknownKeys: strict.unknownKeys, file: file, position: position, sourceLists: sourceLists
                    )
                    read.append(Entry(question: result.question, problems: result.problems, id: strict.entry.id))
                } catch {
                    firstError = error
                }
            }
        } catch {
            problems.append(BankProblem(file: file, message: error.message))
            return
        }
        do {
            if let firstError { throw firstError }
            let top = try decoder.decode(BankFileFormat.QuestionsFile.self, from: document)
            BankFiles.checkSchemaVersion(top.schemaVersion, file: file, problems: &problems)
            guard top.questions != nil else {
                problems.append(BankProblem(file: file, field: "questions", message: "missing: the file must hold a \"questions\" list"))
                return
            }
        } catch let error as DecodingError {
            problems.append(JSONDecodingFailure.problem(error, file: file))
            return
        } catch {
            problems.append(BankProblem(file: file, message: "cannot be read: \(error)"))
            return
        }
        entries = read
    }
}
