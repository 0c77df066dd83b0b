import ArgumentParser
import Foundation
import QuizCore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export progress or the question bank for other tools: xAPI, Moodle GIFT, Anki, CSV, or a profile snapshot for a trainer.",
        discussion: """
            xapi: the profile's answers, exams, module attempts and completions as xAPI 1.0.3 statements in one JSON \
            array, the body a learning record store takes in one POST; xapi-lines: the same statements one JSON object \
            per line (JSON Lines), for tools. gift: the bank as Moodle GIFT. anki: the bank as a \
            tab-separated file Anki imports. csv: the profile's training completion records, one row each, for an \
            HR system. profile: the profile's whole progress (its journal folded in) as one progress file, for a \
            trainer's report --team; the profile's own files are only read.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case xapi
        case xapiLines = "xapi-lines"
        case gift, anki, csv, profile

        var isXAPI: Bool { self == .xapi || self == .xapiLines }
    }

    @Option(help: "What to export.")
    var format: Format

    @Option(help: "The learner whose progress xapi, csv and profile export (default: your login name).")
    var profile: String?

    @Option(name: .customLong("data-dir"), help: ArgumentHelp("Where progress files are kept (as for every command).", valueName: "dir"))
    var dataDirectory: String?

    @OptionGroup var bankOption: BankOption

    @OptionGroup var policyOption: PolicyOption

    @Option(help: ArgumentHelp(
        "xapi: who the statements are about, mailto:ADDRESS or account:HOMEPAGE|NAME (default: the profile's name as an account at \(XAPIActor.defaultHomePage)).",
        valueName: "actor"))
    var actor: String?

    @Option(name: .customLong("activity-base"), help: ArgumentHelp(
        "xapi: the IRI activity ids start with, ending in : or / (default: \(ActivityBase.standard.value)).", valueName: "iri"))
    var activityBase: String?

    @Flag(name: .customLong("include-matrix"), help: "gift, anki: also export the questions made from the responsibility matrix.")
    var includeMatrix = false

    @Option(help: ArgumentHelp(
        "Write to this file instead of standard output: created 0600, replaced atomically, never in the data directory's profiles folder.",
        valueName: "file"))
    var output: String?

    func run() throws {
        try reportingFailures { () throws(Failure) in
            try checkOptionsFitFormat()
            let bank = try Workspace.loadBank(bankOption)
            _ = try policyOption.load(for: bank)
            switch format {
            case .xapi:
                try deliver(try xapiExport().jsonArray(try loadProgress(), bank: bank), as: .json)
            case .xapiLines:
                try deliver(try xapiExport().jsonLines(try loadProgress(), bank: bank), as: .json)
            case .gift:
                try deliver(GIFTExport.text(bank, includeMatrix: includeMatrix), as: .text)
            case .anki:
                try deliver(AnkiExport.text(bank, includeMatrix: includeMatrix), as: .text)
            case .csv:
                try deliver(CompletionCSV.text(try loadProgress().completions, trainingOrder: bank.trainingModules.map(\.id)), as: .text)
            case .profile:
                try deliver(try profileText(try loadProgress()), as: .json)
            }
        }
    }

    /// Options that only some formats use are refused with the others rather than silently ignored.
    private func checkOptionsFitFormat() throws(Failure) {
        if !format.isXAPI, actor != nil { throw Failure("--actor is only for --format xapi or xapi-lines", code: .usage) }
        if !format.isXAPI, activityBase != nil { throw Failure("--activity-base is only for --format xapi or xapi-lines", code: .usage) }
        if includeMatrix, format != .gift, format != .anki {
            throw Failure("--include-matrix is only for --format gift or anki", code: .usage)
        }
    }

    /// The export with the actor and activity base the options give, each checked (64 naming the option if wrong).
    private func xapiExport() throws(Failure) -> XAPIExport {
        let base: ActivityBase
        let given: XAPIActor?
        do throws(ExportOptionError) {
            base = if let activityBase { try ActivityBase(parsing: activityBase) } else { ActivityBase.standard }
            given = if let actor { try XAPIActor(parsing: actor) } else { nil }
        } catch {
            throw Failure(error.description, code: .usage)
        }
        if let given { return XAPIExport(actor: given, activityBase: base) }
        return XAPIExport(actor: .profileAccount(try Workspace.profileName(profile).value), activityBase: base)
    }

    /// The profile's progress through the progress store. A profile with none is an error (65) naming where it was
    /// looked for: an empty export would pass for a learner who did nothing, when the name or folder was mistyped.
    private func loadProgress() throws(Failure) -> ProgressFile {
        let name = try Workspace.profileName(profile, dataDirectory: dataDirectory)
        let store = ProgressStore(dataDirectory: Workspace.dataDirectory(dataDirectory), profile: name)
        do throws(ProgressError) {
            let reading = try store.read()
            Workspace.announce(Workspace.journalNotice(reading.journal, store: store, setAsideIn: nil))
            if let progress = reading.progress { return progress }
        } catch {
            throw Failure(error.description, code: error.isBadData ? .data : .io)
        }
        throw Failure(
            "no progress saved for profile \(name.value): looked for \(store.fileURL.path); check --profile and --data-dir",
            code: .data
        )
    }

    /// The profile's progress with its journal folded in, as one progress file a trainer can collect: read without
    /// the profile's lock and without changing its files.
    private func profileText(_ progress: ProgressFile) throws(Failure) -> String {
        do {
            return String(decoding: try ProgressStore.encode(progress), as: UTF8.self) + "\n"
        } catch {
            throw Failure("cannot encode the progress of \(progress.profile): \(error)", code: .io)
        }
    }

    /// The export to standard output, or to `--output` (see `ExportFile`: 0600, atomic, never in the data directory).
    private func deliver(_ text: String, as kind: StandardStreams.Kind) throws(Failure) {
        guard let output else {
            try StandardStreams.write(text, as: kind)
            return
        }
        try ExportFile.write(text, as: kind, to: output, dataDirectory: Workspace.dataDirectory(dataDirectory))
    }
}
