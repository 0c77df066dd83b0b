import Foundation
import QuizCore

/// Where `report` reads xAPI statements from instead of progress files: a saved file (`--lrs-statements`), and a
/// learning record store's GET /statements once an LRS client implements it (`--lrs`).
protocol StatementSource {
    /// How the report names the source: the file's path, the store's address.
    var name: String { get }
    /// Adds every statement the source holds to `records` (each body as it comes: `XAPIRecords.add` reads arrays
    /// and GET /statements results, and keeps one copy of a statement id met twice).
    func read(into records: inout XAPIRecords) throws(Failure)
}

/// Statements saved in a file: a JSON array (`export --format xapi`, or what a store gave back), or one GET
/// /statements result.
struct StatementFile: StatementSource {
    let path: String

    var name: String { path }

    func read(into records: inout XAPIRecords) throws(Failure) {
        guard FileManager.default.fileExists(atPath: path) else { throw Failure("--lrs-statements \(path): no such file", code: .io) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure("--lrs-statements \(path): cannot read the file", code: .io)
        }
        do throws(XAPIRecords.Failure) {
            try records.add(data)
        } catch {
            throw Failure("--lrs-statements \(path): \(error.description)", code: .data)
        }
    }
}
