import Foundation

/// The progress files a trainer collected in one directory, each read with `ProgressStore` (so a `PROFILE.json`
/// with its `PROFILE.journal` beside it is read with the journal folded in); a file that cannot be read as a
/// progress file is set aside with what is wrong, never fatal.
///
/// The files read are every `*.json` in the directory, in its `profiles/` folder, and in the `profiles/` folder of
/// each folder in it (whole data directories collected side by side), except saved exams (`*.exam.json`, which
/// are reported as skipped). Two files of the same profile are reported once, from the one with the latest
/// activity; the other is named in `duplicates`.
public enum TeamDirectory {
    /// A progress file read, with its answers counted.
    public struct Learner: Equatable, Sendable {
        public let file: String
        /// The progress; `read` drops its answers once counted into `totals` (a team's answers by the million are
        /// more than a report needs to hold).
        public let progress: ProgressFile
        /// The answers' totals (`ProgressFile.totals`).
        public let totals: ProgressTotals
        /// When anything was last saved (`TeamDirectory.latestActivity`).
        public let latestActivity: Date

        public init(file: String, progress: ProgressFile) {
            self.init(file: file, progress: progress, totals: progress.totals, latestActivity: TeamDirectory.latestActivity(progress))
        }

        /// A learner read with `ProgressStore.loadCounted`: the same as `init(file:progress:)` then `counted()`.
        init(file: String, counted: CountedProgress) {
            self.init(
                file: file, progress: counted.progress, totals: counted.totals,
                latestActivity: TeamDirectory.latestActivity(counted.progress, lastAnsweredAt: counted.lastAnsweredAt)
            )
        }

        private init(file: String, progress: ProgressFile, totals: ProgressTotals, latestActivity: Date) {
            self.file = file
            self.progress = progress
            self.totals = totals
            self.latestActivity = latestActivity
        }

        /// The same learner without the answers and per-question figures, which `totals` already counts.
        func counted() -> Learner {
            var progress = progress
            progress.answers = []
            progress.questions = [:]
            return Learner(file: file, progress: progress, totals: totals, latestActivity: latestActivity)
        }
    }

    /// A file left out of the team report, and why.
    public struct Skipped: Codable, Equatable, Sendable {
        public let file: String
        public let problem: String

        public init(file: String, problem: String) {
            self.file = file
            self.problem = problem
        }
    }

    /// A file left out because another file of the same profile, with activity as late or later, was read.
    public struct Duplicate: Codable, Equatable, Sendable {
        public let profile: String
        public let file: String
        /// The file read instead.
        public let used: String

        public init(profile: String, file: String, used: String) {
            self.profile = profile
            self.file = file
            self.used = used
        }
    }

    /// What was found: the directory read, its learners by file name, and the files left out.
    public struct Contents: Equatable, Sendable {
        public let directory: URL
        public let learners: [Learner]
        public let skipped: [Skipped]
        public var duplicates: [Duplicate] = []

        public init(directory: URL, learners: [Learner], skipped: [Skipped], duplicates: [Duplicate] = []) {
            self.directory = directory
            self.learners = learners
            self.skipped = skipped
            self.duplicates = duplicates
        }
    }

    /// Why a directory gave nothing to read.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case unreadable(path: String, reason: String)
        case noProgressFiles(path: String)

        public var description: String {
            switch self {
            case let .unreadable(path, reason): "\(path): \(reason)"
            case let .noProgressFiles(path): "\(path): no progress files (*.json) in it or in its profiles/ folder"
            }
        }
    }

    public static let savedExamSuffix = ".exam.json"

    public static func read(_ directory: URL) throws(Failure) -> Contents {
        var files = try jsonFiles(in: directory).map { directory.appendingPathComponent($0) }
        for folder in dataFolders(in: directory) {
            files += try jsonFiles(in: folder).map { folder.appendingPathComponent($0) }
        }
        guard !files.isEmpty else { throw .noProgressFiles(path: directory.path) }
        var learners: [Learner] = []
        var skipped: [Skipped] = []
        for read in files.concurrentMap(learner) {
            switch read {
            case .learner(let learner): learners.append(learner)
            case .skipped(let problem): skipped.append(problem)
            }
        }
        let (kept, duplicates) = keepingNewest(learners)
        return Contents(directory: directory, learners: kept, skipped: skipped, duplicates: duplicates)
    }

    private enum FileRead: Sendable {
        case learner(Learner)
        case skipped(Skipped)
    }

    /// One file read and counted, or why it was skipped.
    @Sendable private static func learner(_ file: URL) -> FileRead {
        if file.lastPathComponent.hasSuffix(savedExamSuffix) {
            return .skipped(Skipped(file: file.path, problem: "a saved exam in progress, not a progress file"))
        }
        do {
            guard let counted = try ProgressStore(fileURL: file).loadCounted() else { return .skipped(Skipped(file: file.path, problem: "no longer there")) }
            return .learner(Learner(file: file.path, counted: counted))
        } catch {
            return .skipped(Skipped(file: file.path, problem: problem(error)))
        }
    }

    /// The `profiles/` folders to read: the directory's own and those of the data directories in it, by name.
    private static func dataFolders(in directory: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        var folders = [directory.appendingPathComponent("profiles")]
        folders += names.filter { !$0.hasPrefix(".") && $0 != "profiles" }.sorted().map {
            directory.appendingPathComponent($0).appendingPathComponent("profiles")
        }
        return folders.filter { folder in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    /// One learner per profile, in the order first found: the file with the latest activity (the first of equals).
    static func keepingNewest(_ learners: [Learner]) -> ([Learner], [Duplicate]) {
        var kept: [Learner] = []
        var position: [String: Int] = [:]
        var duplicates: [Duplicate] = []
        for learner in learners {
            guard let index = position[learner.progress.profile] else {
                position[learner.progress.profile] = kept.count
                kept.append(learner)
                continue
            }
            let other = kept[index]
            let newer = learner.latestActivity > other.latestActivity ? learner : other
            let older = newer == learner ? other : learner
            kept[index] = newer
            duplicates.append(Duplicate(profile: learner.progress.profile, file: older.file, used: newer.file))
        }
        return (kept, duplicates)
    }

    /// The last time anything was saved in the progress: an answer, an exam, a module attempt or a completion.
    public static func latestActivity(_ progress: ProgressFile) -> Date {
        latestActivity(progress, lastAnsweredAt: progress.answers.last?.answeredAt)
    }

    /// As `latestActivity(_:)`, for progress whose answers were dropped once counted (the last answer's time given).
    static func latestActivity(_ progress: ProgressFile, lastAnsweredAt: Date?) -> Date {
        let dates = [progress.updatedAt] + (lastAnsweredAt.map { [$0] } ?? []) + progress.exams.map(\.finishedAt)
            + progress.trainingResults.map(\.finishedAt) + progress.completions.map(\.completedAt)
        return dates.max() ?? progress.updatedAt
    }

    /// The names of the `*.json` files in `folder`, sorted.
    private static func jsonFiles(in folder: URL) throws(Failure) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) else {
            throw .unreadable(path: folder.path, reason: "no such directory")
        }
        guard isDirectory.boolValue else { throw .unreadable(path: folder.path, reason: "not a directory") }
        do {
            return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        } catch {
            throw .unreadable(path: folder.path, reason: "cannot list the directory: \(FileReadFailure.reason(error))")
        }
    }

    /// What is wrong with a file, without its path (the caller names it).
    static func problem(_ error: ProgressError) -> String {
        switch error {
        case let .corrupt(_, reason): "progress file is damaged (\(reason))"
        case let .newerSchema(_, found, supported): "progress file has schemaVersion \(found), written by a newer srm-quiz (this one reads up to \(supported))"
        case let .foreign(_, reason): "not an srm-quiz progress file (\(reason))"
        case .io, .otherProfilesProgress: error.reason
        }
    }
}
