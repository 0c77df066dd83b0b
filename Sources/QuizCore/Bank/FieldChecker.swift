import Foundation

/// Collects the problems of one bank entry (a question, a matrix cell, a service) field by field, so every
/// rule that entries share is written once.
struct FieldChecker {
    let file: String
    let id: String
    private(set) var problems: [BankProblem] = []

    init(file: String, id: String) {
        self.file = file
        self.id = id
    }

    mutating func report(_ field: String, _ message: String) {
        problems.append(BankProblem(file: file, id: id, field: field, message: message))
    }

    /// Non-blank printable text, or nil after reporting why not.
    mutating func text(_ value: String?, _ field: @autoclosure () -> String) -> String? {
        guard let value, !value.trimmedOfWhitespace.isEmpty else {
            report(field(), "missing")
            return nil
        }
        return optionalText(value, field())
    }

    /// Printable text when present; nil, with no problem, when absent.
    mutating func optionalText(_ value: String?, _ field: @autoclosure () -> String) -> String? {
        guard let value else { return nil }
        if let message = TextRules.problem(in: value) {
            report(field(), message)
            return nil
        }
        return value
    }

    mutating func choice<T: RawRepresentable & CaseIterable>(_ type: T.Type, _ raw: String?, _ field: String) -> T?
    where T.RawValue == String {
        var allowed: String { T.allCases.map(\.rawValue).joined(separator: ", ") }
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

    mutating func checkedDate(_ value: String?) -> String? {
        guard let checked = text(value, "checked") else { return nil }
        guard Self.isCalendarDate(checked) else {
            report("checked", "must be a date written YYYY-MM-DD")
            return nil
        }
        return checked
    }

    /// The CLF-C02 task statement an item serves: absent is allowed, an id the exam guide lacks is not.
    mutating func examTask(_ value: String?) -> ExamTask? {
        guard let value else { return nil }
        guard let task = ExamTask(id: value) else {
            report("examTask", "\"\(value)\" is not a CLF-C02 task statement: one of \(ExamTask.all.map(\.id).joined(separator: ", "))")
            return nil
        }
        return task
    }

    mutating func sources(_ entries: [BankFileFormat.SourceEntry]?) -> [Source] {
        guard let entries, !entries.isEmpty else {
            report("sources", "missing: cite at least one seed file or AWS documentation page")
            return []
        }
        var sources: [Source] = []
        for (index, entry) in entries.enumerated() {
            var field: String { "sources[\(index)]" }
            switch (entry.seed, entry.title, entry.url) {
            case (let seed?, nil, nil) where !seed.isEmpty && entry.supports == nil:
                if let seed = optionalText(seed, "\(field).seed") { sources.append(.seed(file: seed)) }
            case (nil, let title?, let url?) where !title.isEmpty && url.hasPrefix("https://"):
                let supports = entry.supports.flatMap { optionalText($0, "\(field).supports") }
                if let title = optionalText(title, "\(field).title"), let url = optionalText(url, "\(field).url") {
                    sources.append(.page(title: title, url: url, supports: supports))
                }
            case (nil, _?, let url?) where !url.hasPrefix("https://"):
                report("\(field).url", "must be an https:// address")
            default:
                report(field, "must be either {\"seed\": FILE} or {\"title\": TITLE, \"url\": URL, \"supports\": WHAT IT STATES}")
            }
        }
        return sources
    }

    mutating func unknownKeys(_ keys: [String]) {
        for key in keys { report(key, "unknown field") }
    }

    static func isIdentifier(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, isLowerAlphanumeric(first) else { return false }
        return id.unicodeScalars.allSatisfy { isLowerAlphanumeric($0) || $0 == "." || $0 == "-" }
    }

    private static func isLowerAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    static func isCalendarDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), year >= 1, (1...12).contains(month) else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }
}
