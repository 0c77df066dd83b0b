/// Why a progress file could not be read or written; each names the file.
public enum ProgressError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file is ours but damaged: truncated, not JSON, or a field is wrong.
    case corrupt(path: String, reason: String)
    /// The file was written by a newer srm-quiz.
    case newerSchema(path: String, found: Int, supported: Int)
    /// The file is JSON but not an srm-quiz progress file.
    case foreign(path: String, reason: String)
    /// The file or its directory could not be read or written.
    case io(path: String, reason: String)
    /// The file a profile keeps its saved exam in holds another profile's progress (one once named `PROFILE.exam`).
    case otherProfilesProgress(path: String, profile: String?)

    public var description: String {
        switch self {
        case let .corrupt(path, reason):
            "\(path): progress file is damaged (\(reason)); it was left untouched"
        case let .newerSchema(path, found, supported):
            "\(path): progress file has schemaVersion \(found), written by a newer srm-quiz (this one reads up to \(supported)); it was left untouched"
        case let .foreign(path, reason):
            "\(path): not an srm-quiz progress file (\(reason)); it was left untouched"
        case let .io(path, _), let .otherProfilesProgress(path, _):
            "\(path): \(reason)"
        }
    }

    /// The file named.
    public var path: String {
        switch self {
        case let .corrupt(path, _), let .newerSchema(path, _, _), let .foreign(path, _), let .io(path, _), let .otherProfilesProgress(path, _): path
        }
    }

    /// What went wrong, without the path.
    public var reason: String {
        switch self {
        case .corrupt(_, let reason), .foreign(_, let reason), .io(_, let reason): reason
        case .newerSchema: description
        case let .otherProfilesProgress(_, profile):
            "it holds the progress of \(profile.map { "profile \($0.debugDescription)" } ?? "another profile"), not a saved exam "
                + "(profile names ending in .exam are no longer allowed, as that file is where this profile keeps its exam); "
                + "it was left untouched: rename it and its .journal to NEWNAME.json and NEWNAME.journal to use it as profile NEWNAME"
        }
    }

    /// True for problems with the file's content rather than with reading or writing it.
    public var isBadData: Bool {
        if case .io = self { return false }
        return true
    }
}
