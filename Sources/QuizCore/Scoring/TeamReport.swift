import Foundation

/// A trainer's view of a directory of collected progress files: one row per learner, in file-name order, and the
/// files that were left out.
public struct TeamReport: Codable, Equatable, Sendable {
    public let directory: String
    public let learners: [TeamRow]
    public let skipped: [TeamDirectory.Skipped]

    public init(_ contents: TeamDirectory.Contents, bank: Bank) {
        directory = contents.directory.isFileURL ? contents.directory.path : contents.directory.absoluteString
        learners = contents.learners.map { TeamRow($0, bank: bank) }
        skipped = contents.skipped
    }

    /// The rows as JSON: keys sorted and always present, dates ISO 8601 in UTC with milliseconds, fractions 0 to 1.
    public func json() -> String {
        let data = (try? ProgressCoding.encoder().encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    public static let csvHeader = [
        "profile", "file", "trainingCompleted", "completedAt", "trainingScore", "modulesPassed", "modulesTotal",
        "examBestScaledEstimate", "examBestPassed", "answered", "correct", "accuracy", "weakestTopic", "weakestTopicTitle",
        "weakestTopicAccuracy",
    ]

    /// One row per learner for the trainer's records; empty fields where there is nothing yet.
    public func csv() -> String {
        CSVTable.text(header: Self.csvHeader, rows: learners.map(Self.csvFields))
    }

    private static func csvFields(_ row: TeamRow) -> [String] {
        let training: [String] = [
            flag(row.trainingCompleted), row.completedAt.map(ISODate.text) ?? "", number(row.trainingScore?.fraction),
            String(row.modulesPassed), String(row.modulesTotal),
        ]
        let exam: [String] = [row.examBestScaledEstimate.map { String($0) } ?? "", row.examBestPassed.map(flag) ?? ""]
        let answers: [String] = [String(row.answered), Credit.text(row.correct), number(row.accuracy)]
        let weakest: [String] = [row.weakestTopic?.id ?? "", row.weakestTopic?.title ?? "", number(row.weakestTopic?.accuracy)]
        return [row.profile, row.file] + training + exam + answers + weakest
    }

    private static func flag(_ value: Bool) -> String {
        value ? "true" : "false"
    }

    private static func number(_ value: Double?) -> String {
        value.map { String($0) } ?? ""
    }
}
