import Foundation
import XCTest

/// A team report's JSON as figures to compare, without where rows were read from (the file, the directory or the
/// LRS's address): two sources of the same learners give equal figures.
enum ReportFigures {
    static func of(_ json: String) throws -> NSObject {
        func strip(_ value: Any) -> Any {
            if let object = value as? [String: Any] { return object.filter { $0.key != "file" && $0.key != "directory" }.mapValues(strip) }
            if let list = value as? [Any] { return list.map(strip) }
            return value
        }
        return try XCTUnwrap(strip(try JSONSerialization.jsonObject(with: Data(json.utf8))) as? NSObject)
    }
}
