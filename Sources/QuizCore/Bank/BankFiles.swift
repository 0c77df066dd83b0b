import Foundation

/// Reading the JSON files of a bank: each failure becomes a problem naming the file, never a throw.
enum BankFiles {
    static func read(_ url: URL, problems: inout [BankProblem]) -> Data? {
        do {
            return try Data(contentsOf: url)
        } catch {
            problems.append(BankProblem(file: url.path, message: "cannot read (\(FileReadFailure.reason(error)))"))
            return nil
        }
    }

    static func decode<T: Decodable>(_ type: T.Type, at url: URL, problems: inout [BankProblem]) -> T? {
        guard let data = read(url, problems: &problems) else { return nil }
        do {
            return try JSONTreeDecoder().decode(type, from: data)
        } catch let error as JSONSyntaxError {
            problems.append(BankProblem(file: url.path, message: error.message))
        } catch let error as DecodingError {
            problems.append(JSONDecodingFailure.problem(error, file: url.path))
        } catch {
            problems.append(BankProblem(file: url.path, message: "not valid JSON: \(error)"))
        }
        return nil
    }

    static func checkSchemaVersion(_ version: Int?, file: String, problems: inout [BankProblem]) {
        guard let version else {
            problems.append(BankProblem(file: file, field: "schemaVersion", message: "missing: expected \(BankFileFormat.schemaVersion)"))
            return
        }
        if version != BankFileFormat.schemaVersion {
            problems.append(BankProblem(file: file, field: "schemaVersion", message: "is \(version); this srm-quiz reads \(BankFileFormat.schemaVersion)"))
        }
    }

    /// The `.json` files of a folder in name order.
    static func jsonFiles(in folder: URL, problems: inout [BankProblem]) -> [URL] {
        do {
            return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "json" }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
        } catch {
            problems.append(BankProblem(file: folder.path, message: "cannot read the folder (\(FileReadFailure.reason(error)))"))
            return []
        }
    }
}
