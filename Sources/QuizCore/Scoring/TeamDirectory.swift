import Foundation

/// The progress files a trainer collected in one directory, each read with `ProgressStore`; a file that cannot be
/// read as a progress file is set aside with what is wrong, never fatal.
///
/// The files read are every `*.json` in the directory (not in folders below it) except saved exams
/// (`*.exam.json`, which are reported as skipped). A directory without any `*.json` file is taken to be a data
/// directory, and its `profiles/` folder is read instead.
public enum TeamDirectory {
    /// A progress file read.
    public struct Learner: Equatable, Sendable {
        public let file: String
        public let progress: ProgressFile

        public init(file: String, progress: ProgressFile) {
            self.file = file
            self.progress = progress
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

    /// What was found: the directory read, its learners by file name, and the files left out.
    public struct Contents: Equatable, Sendable {
        public let directory: URL
        public let learners: [Learner]
        public let skipped: [Skipped]
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
        var folder = directory
        var names = try jsonFiles(in: folder)
        if names.isEmpty {
            let profiles = directory.appendingPathComponent("profiles")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: profiles.path, isDirectory: &isDirectory), isDirectory.boolValue {
                folder = profiles
                names = try jsonFiles(in: folder)
            }
        }
        guard !names.isEmpty else { throw .noProgressFiles(path: directory.path) }
        var learners: [Learner] = []
        var skipped: [Skipped] = []
        for name in names {
            let file = folder.appendingPathComponent(name)
            if name.hasSuffix(savedExamSuffix) {
                skipped.append(Skipped(file: file.path, problem: "a saved exam in progress, not a progress file"))
                continue
            }
            do {
                if let progress = try ProgressStore(fileURL: file).load() {
                    learners.append(Learner(file: file.path, progress: progress))
                } else {
                    skipped.append(Skipped(file: file.path, problem: "no longer there"))
                }
            } catch {
                skipped.append(Skipped(file: file.path, problem: problem(error)))
            }
        }
        return Contents(directory: folder, learners: learners, skipped: skipped)
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
        case let .io(_, reason): reason
        }
    }
}
