import Foundation

/// Reads `glossary.json` from a bank directory: every term checked like a bank item (text, sources, date), terms
/// unique whatever their case, kept in alphabetical order. A bank without the file has no glossary.
enum GlossaryLoader {
    static let fileName = "glossary.json"
    /// Longest term and definition, so that the list stays readable at 60 columns.
    static let maximumTermLength = 40
    static let maximumDefinitionLength = 300

    static func load(bankDirectory: URL, problems: inout [BankProblem]) -> [GlossaryTerm] {
        let url = bankDirectory.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        guard let file = BankFiles.decode(GlossaryFileFormat.GlossaryFile.self, at: url, problems: &problems) else { return [] }
        BankFiles.checkSchemaVersion(file.schemaVersion, file: url.path, problems: &problems)
        var terms: [GlossaryTerm] = []
        var seen: Set<String> = []
        for (index, strict) in (file.terms ?? []).enumerated() {
            let entry = strict.entry
            var check = FieldChecker(file: url.path, id: entry.term ?? "terms[\(index)]")
            check.unknownKeys(strict.unknownKeys)
            let term = check.text(entry.term, "term")
            if let term {
                if term.count > maximumTermLength { check.report("term", "longer than \(maximumTermLength) characters") }
                if !seen.insert(term.lowercased()).inserted { check.report("term", "duplicate: already in the glossary") }
            }
            let definition = check.text(entry.definition, "definition")
            if let definition, definition.count > maximumDefinitionLength {
                check.report("definition", "longer than \(maximumDefinitionLength) characters: one or two sentences")
            }
            let sources = check.sources(entry.sources)
            let checked = check.checkedDate(entry.checked)
            if check.problems.isEmpty, let term, let definition, let checked {
                terms.append(GlossaryTerm(term: term, definition: definition, sources: sources, checked: checked))
            }
            problems += check.problems
        }
        if file.terms?.isEmpty ?? true {
            problems.append(BankProblem(file: url.path, field: "terms", message: "missing: list at least one term"))
        }
        return terms.sorted { $0.term.localizedCaseInsensitiveCompare($1.term) == .orderedAscending }
    }
}
