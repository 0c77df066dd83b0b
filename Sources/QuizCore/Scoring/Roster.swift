import Foundation

/// The people a trainer expects training from, read from a CSV file with a header row: `login` (required: the
/// learner's profile name), and optionally `name`, `email`, `employeeId` and `team`, in any order (header names
/// compared without regard to case or surrounding spaces; other columns are ignored). A row whose login is not a
/// valid profile name, or repeats an earlier one, is set aside with its line and why.
public struct Roster: Equatable, Sendable {
    public static let columns = ["login", "name", "email", "employeeId", "team"]

    /// One person on the roster; fields the file does not have are empty.
    public struct Person: Codable, Equatable, Sendable {
        public let login: String
        public let name: String
        public let email: String
        public let employeeId: String
        public let team: String
        public let line: Int

        public init(login: String, name: String = "", email: String = "", employeeId: String = "", team: String = "", line: Int) {
            self.login = login
            self.name = name
            self.email = email
            self.employeeId = employeeId
            self.team = team
            self.line = line
        }
    }

    /// A row left out, and why.
    public struct Problem: Codable, Equatable, Sendable, CustomStringConvertible {
        public let file: String
        public let line: Int
        public let problem: String

        public var description: String { "\(file): line \(line): \(problem)" }
    }

    /// Why a roster cannot be used at all: it cannot be read (exit 74), or it is not a roster (65).
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case unreadable(path: String, reason: String)
        case malformed(path: String, line: Int, reason: String)

        public var description: String {
            switch self {
            case let .unreadable(path, reason): "roster \(path): \(reason)"
            case let .malformed(path, line, reason): "roster \(path): line \(line): \(reason)"
            }
        }

        public var isBadData: Bool {
            if case .malformed = self { return true }
            return false
        }
    }

    public let file: String
    public let people: [Person]
    public let problems: [Problem]

    public static func load(_ url: URL) throws(Failure) -> Roster {
        let path = url.path
        guard FileManager.default.fileExists(atPath: path) else { throw .unreadable(path: path, reason: "no such file") }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: path, reason: "cannot read: \(FileReadFailure.reason(error))")
        }
        return try read(data, path: path)
    }

    public static func read(_ data: Data, path: String) throws(Failure) -> Roster {
        guard let text = String(data: data, encoding: .utf8) else {
            throw .malformed(path: path, line: 1, reason: "not UTF-8 text")
        }
        let records: [CSVRecords.Record]
        do {
            records = try CSVRecords.read(text)
        } catch {
            throw .malformed(path: path, line: error.line, reason: error.reason)
        }
        guard let header = records.first else {
            throw .malformed(path: path, line: 1, reason: "no header row: the first line names the columns, among them \"login\"")
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var positions: [String: Int] = [:]
        for column in columns {
            let matching = names.indices.filter { names[$0] == column.lowercased() }
            if matching.count > 1 {
                throw .malformed(path: path, line: header.line, reason: "the column \"\(column)\" is named twice")
            }
            positions[column] = matching.first
        }
        guard positions["login"] != nil else {
            throw .malformed(path: path, line: header.line, reason: "no \"login\" column in the header (\(header.fields.joined(separator: ",")))")
        }
        var people: [Person] = []
        var problems: [Problem] = []
        for record in records.dropFirst() {
            let value = { (column: String) in
                positions[column].flatMap { $0 < record.fields.count ? record.fields[$0].trimmingCharacters(in: .whitespaces) : nil } ?? ""
            }
            let login = value("login")
            do {
                _ = try ProfileName(login)
            } catch {
                problems.append(Problem(file: path, line: record.line, problem: "login: \(error); row skipped"))
                continue
            }
            if let first = people.first(where: { $0.login == login }) {
                problems.append(Problem(file: path, line: record.line, problem: "login \(login) is already on line \(first.line); row skipped"))
                continue
            }
            people.append(Person(
                login: login, name: value("name"), email: value("email"), employeeId: value("employeeId"), team: value("team"), line: record.line
            ))
        }
        return Roster(file: path, people: people, problems: problems)
    }
}
