import ArgumentParser
import Foundation
import Glibc
import QuizCore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print a learner's report, or with --team one row per learner of a directory of progress files.",
        discussion: """
            text (the default) gives totals, accuracy per topic and per service model, the trend over the last \
            sessions, exams, training, readiness (an estimate of the mock-exam score now, with a plan to the day \
            --exam-date gives, which is kept in the profile) and cards due; json gives the same as data; csv gives one row per answer. \
            With --team DIR: every *.json progress file in DIR, in DIR/profiles and in the profiles folder of each data directory in DIR, one row \
            per learner; a file that cannot be read is named on standard error and skipped. With --lrs-statements FILE \
            (or --lrs URL), the same team report from xAPI statements (srm-quiz's, under --activity-base) instead of \
            progress files. With a policy in force (--policy) or --roster, each person is judged: compliant, or why not.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv
    }

    @OptionGroup var options: GlobalOptions

    @Option(help: "Output format: text, json or csv.")
    var format: Format = .text

    @Option(help: ArgumentHelp("Report on every learner's progress file in this directory (a trainer's collection).", valueName: "dir"))
    var team: String?

    @Option(help: ArgumentHelp(
        "With --team: a CSV of the people expected (header row; columns login, and optionally name, email, employeeId, team).",
        valueName: "file"))
    var roster: String?

    @Option(help: ArgumentHelp(
        "The team report from this learning record store's statements (its xAPI endpoint, e.g. https://lrs.example.com/xAPI).",
        valueName: "url"))
    var lrs: String?

    @Option(name: .customLong("lrs-statements"), help: ArgumentHelp(
        "The team report from xAPI statements saved in this file (a JSON array, or a GET /statements result).", valueName: "file"))
    var lrsStatements: String?

    @Option(name: .customLong("activity-base"), help: ArgumentHelp(
        "With --lrs or --lrs-statements: the IRI srm-quiz's activity ids start with (default: \(ActivityBase.standard.value)).",
        valueName: "iri"))
    var activityBase: String?

    @Option(help: ArgumentHelp("With --lrs: seconds to wait for each page of statements (1-600).", valueName: "seconds"))
    var timeout: Int = 30

    @Flag(help: "With --lrs: read every statement again instead of only those stored since the last report from that LRS.")
    var refresh = false

    @OptionGroup var examDate: ExamDateOption

    func validate() throws {
        try (1...600).check(timeout, option: "--timeout")
    }

    func run() throws {
        try reportingFailures { () throws(Failure) in
            if team != nil || lrs != nil || lrsStatements != nil, examDate.examDate != nil {
                throw Failure("--exam-date is for a learner's own report, not a team's", code: .usage)
            }
            if lrs != nil || lrsStatements != nil {
                guard team == nil else { throw Failure("--team DIR and \(lrs != nil ? "--lrs" : "--lrs-statements") are two sources: give one", code: .usage) }
                try statementReport()
            } else if activityBase != nil {
                throw Failure("--activity-base is only for --lrs or --lrs-statements", code: .usage)
            } else if let team {
                try teamReport(URL(fileURLWithPath: team))
            } else if roster != nil {
                throw Failure("--roster is only for --team DIR, --lrs or --lrs-statements", code: .usage)
            } else {
                try learnerReport()
            }
        }
    }

    /// With `--exam-date` the profile is opened with its lock, to keep the date in it.
    private func learnerReport() throws(Failure) {
        let now = Date()
        let day = try examDate.day(at: now)
        var workspace = try Workspace.open(options, exclusive: day != nil, now: now)
        if let day { try workspace.keepExamDay(day) }
        switch format {
        case .text, .json:
            let schedule = try reviewSchedule(workspace.progress)
            let report = ProgressReport(
                progress: workspace.progress, bank: workspace.bank, file: workspace.store.fileURL.path, now: now, schedule: schedule
            )
            try StandardStreams.write(format == .json ? report.json() : report.text(unicode: Self.localeIsUTF8()), as: format == .json ? .json : .text)
        case .csv:
            try StandardStreams.write(AnswerCSV.csv(workspace.progress, bank: workspace.bank))
        }
    }

    /// The statements `--lrs` or `--lrs-statements` name (the LRS read with the policy's key and secret).
    private func statementSource(policy: Policy?) throws(Failure) -> any StatementSource {
        if lrs != nil, lrsStatements != nil { throw Failure("--lrs and --lrs-statements are two sources: give one", code: .usage) }
        if let lrs { return try LRSStatementSource.resolve(endpoint: lrs, policy: policy, timeout: .seconds(timeout), refresh: refresh) }
        return StatementFile(path: lrsStatements ?? "")
    }

    /// The team report from xAPI statements: the learners `XAPIRecords` reads back, reported as from files.
    private func statementReport() throws(Failure) {
        let base: ActivityBase
        do throws(ExportOptionError) {
            base = if let activityBase { try ActivityBase(parsing: activityBase) } else { ActivityBase.standard }
        } catch {
            throw Failure(error.description, code: .usage)
        }
        let bank = try Workspace.loadBank(options.bankOption)
        let policy = try options.policyOption.load(for: bank)
        let people = try loadRoster()
        let source = try statementSource(policy: policy)
        var records = XAPIRecords(activityBase: base)
        try source.read(into: &records)
        if records.foreign > 0 {
            StandardStreams.writeError(
                "srm-quiz: \(source.name): \(records.foreign) statement\(records.foreign == 1 ? "" : "s") of other activities than \(base.value) ignored\n"
            )
        }
        let contents = records.contents(source: source.name)
        for skipped in contents.skipped {
            StandardStreams.writeError("srm-quiz: \(skipped.file): \(skipped.problem) (skipped)\n")
        }
        for problem in people?.problems ?? [] {
            StandardStreams.writeError("srm-quiz: roster \(problem)\n")
        }
        guard !contents.learners.isEmpty || people != nil else {
            throw Failure("\(source.name): no srm-quiz statements under \(base.value) could be read", code: .data)
        }
        try report(contents, bank: bank, policy: policy, people: people)
    }

    private func teamReport(_ directory: URL) throws(Failure) {
        let bank = try Workspace.loadBank(options.bankOption)
        let policy = try options.policyOption.load(for: bank)
        let people = try loadRoster()
        let contents: TeamDirectory.Contents
        do {
            contents = try TeamDirectory.read(directory)
        } catch {
            guard people != nil, case .noProgressFiles = error else { throw Failure(error.description, code: .io) }
            contents = TeamDirectory.Contents(directory: directory, learners: [], skipped: [])
        }
        for skipped in contents.skipped {
            StandardStreams.writeError("srm-quiz: \(skipped.file): \(skipped.problem) (skipped)\n")
        }
        for duplicate in contents.duplicates {
            StandardStreams.writeError(
                "srm-quiz: \(duplicate.file): also \(duplicate.profile)'s progress, and no newer than \(duplicate.used), which is used instead\n"
            )
        }
        for problem in people?.problems ?? [] {
            StandardStreams.writeError("srm-quiz: roster \(problem)\n")
        }
        guard !contents.learners.isEmpty || people != nil else {
            throw Failure("\(contents.directory.path): no learner could be read: every file was skipped", code: .data)
        }
        try report(contents, bank: bank, policy: policy, people: people)
    }

    /// The team report in the chosen format: per learner figures, or with a policy or roster each person judged.
    private func report(_ contents: TeamDirectory.Contents, bank: Bank, policy: Policy?, people: Roster?) throws(Failure) {
        guard policy != nil || people != nil else {
            let report = TeamReport(contents, bank: bank)
            switch format {
            case .text: try StandardStreams.write(report.text(unicode: Self.localeIsUTF8()))
            case .json: try StandardStreams.write(report.json(), as: .json)
            case .csv: try StandardStreams.write(report.csv())
            }
            return
        }
        let standing = TeamStanding(contents, bank: bank, policy: policy, roster: people, now: Date())
        switch format {
        case .text: try StandardStreams.write(standing.text(unicode: Self.localeIsUTF8()))
        case .json: try StandardStreams.write(standing.json(), as: .json)
        case .csv: try StandardStreams.write(standing.csv())
        }
    }

    /// The roster `--roster` names; 74 when it cannot be read, 65 when it is not a roster.
    private func loadRoster() throws(Failure) -> Roster? {
        guard let roster else { return nil }
        do {
            return try Roster.load(URL(fileURLWithPath: roster))
        } catch {
            throw Failure(error.description, code: error.isBadData ? .data : .io)
        }
    }

    /// The review schedule at the desired retention the options give, as the home screen and Review use it.
    private func reviewSchedule(_ progress: ProgressFile) throws(Failure) -> ReviewSchedule {
        do {
            return ReviewSchedule(answers: progress.answers, scheduler: try FSRS(desiredRetention: options.retention))
        } catch {
            throw Failure("--retention \(options.retention): \(error)", code: .usage)
        }
    }

    /// True when the locale's character set is UTF-8 (`main` has called `setlocale`).
    static func localeIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset)
        return name == "UTF-8" || name == "utf8"
    }
}
