import Foundation

/// Brings a progress file written by an older srm-quiz up to the current schema, one version at a time, so a
/// learner's history survives upgrades. The file on disk changes only at the next save.
enum ProgressMigration {
    struct Failure: Error {
        let reason: String
    }

    /// The file as JSON of the current schema version.
    static func migrate(_ object: [String: Any], from version: Int) throws(Failure) -> Data {
        guard version >= 1 else { throw Failure(reason: "schemaVersion \(version) was never written by srm-quiz") }
        var migrated = object
        var at = version
        while at < ProgressFile.currentSchemaVersion {
            migrated = step(migrated, from: at)
            at += 1
        }
        migrated["schemaVersion"] = ProgressFile.currentSchemaVersion
        do {
            return try JSONSerialization.data(withJSONObject: migrated)
        } catch {
            throw Failure(reason: "cannot be read as JSON again: \(error)")
        }
    }

    /// One version up.
    private static func step(_ object: [String: Any], from version: Int) -> [String: Any] {
        var next = object
        switch version {
        case 1:
            for field in ["exams", "trainingResults", "completions"] {
                next[field] = next[field] ?? [Any]()
            }
            next["journalSequence"] = next["journalSequence"] ?? 0
        default:
            break
        }
        return next
    }
}
