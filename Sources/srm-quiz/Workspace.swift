import Foundation
import QuizCore

/// What a command works on, resolved from the global options: the profile, its progress and the bank.
struct Workspace {
    let profile: ProfileName
    let bank: Bank
    let store: ProgressStore
    /// The organisation's policy in force, checked against the bank; nil without one.
    let policy: Policy?
    var progress: ProgressFile
    /// Held while this process may write the profile; nil for commands that only read.
    let lock: ProfileLock?
    /// What opening found and did that the learner must hear of (lines of the journal kept aside, a saved exam
    /// moved aside): already printed to standard error, and shown on the home screen.
    var notices: [String] = []
    /// Builds the statements each save queues for the LRS the policy names; nil without one.
    var queueingExport: XAPIExport?
    /// The journal of earlier runs still waits to be folded into the progress file (`compactJournal`).
    private(set) var journalToCompact = false
    /// The fold under way in the background (`startCompaction`), waited for before anything is written.
    private var compaction: JournalCompaction?

    /// The profile's progress and the bank; `exclusive` takes the profile's lock first (refused while another
    /// srm-quiz uses the profile) and folds the journal of earlier runs into the progress file, unless
    /// `compactingLater` leaves that to `compactJournal` (after the first frame). A journal holding lines that
    /// were not counted is always copied aside at once, so that the learner hears where before the screen opens.
    static func open(_ options: GlobalOptions, exclusive: Bool = false, compactingLater: Bool = false, now: Date = Date()) throws(Failure) -> Workspace {
        let profile = try profileName(options.profile, dataDirectory: options.dataDirectory)
        let bank = try loadBank(options.bankOption)
        let policy = try options.policyOption.load(for: bank)
        let directory = dataDirectory(options.dataDirectory)
        let store = ProgressStore(dataDirectory: directory, profile: profile)
        var lock: ProfileLock?
        if exclusive {
            try DataDirectory.prepare(directory)
            do {
                lock = try ProfileLock(progressFile: store.fileURL, now: now)
            } catch {
                if case .held = error { throw Failure("profile \(profile): \(error)", code: .busy) }
                throw Failure(error.description, code: .io)
            }
            store.removeLeftovers()
        }
        let progress: ProgressFile
        var notices: [String] = []
        var journalToCompact = false
        do {
            let reading = try store.read()
            progress = reading.progress ?? ProgressFile(profile: profile.value, createdAt: now)
            if exclusive && compactingLater && reading.journal.summary == nil {
                journalToCompact = true
            } else if exclusive {
                let aside = try store.compact(progress, at: now)
                notices += journalNotice(reading.journal, store: store, setAsideIn: aside)
            } else {
                notices += journalNotice(reading.journal, store: store, setAsideIn: nil)
            }
        } catch {
            throw Failure(error.description, code: error.isBadData ? .data : .io)
        }
        announce(notices)
        return Workspace(
            profile: profile, bank: bank, store: store, policy: policy, progress: progress, lock: lock, notices: notices,
            queueingExport: LRSTarget.queueingExport(for: policy, profile: profile), journalToCompact: journalToCompact
        )
    }

    /// Folds the journal of earlier runs into the progress file, if `open` left it to be done later, and waits for
    /// a fold started in the background: the same save `open` makes at once, ended before anything new is written.
    mutating func compactJournal(at now: Date = Date()) throws(Failure) {
        do {
            if let compaction {
                self.compaction = nil
                try compaction.finish()
            }
            guard journalToCompact else { return }
            journalToCompact = false
            try store.compact(progress, at: now)
        } catch {
            throw Failure(error.description, code: error.isBadData ? .data : .io)
        }
    }

    /// Starts folding the journal on a thread of its own (after the first frame); `compactJournal` waits for it.
    mutating func startCompaction(at now: Date = Date()) {
        guard journalToCompact else { return }
        journalToCompact = false
        compaction = JournalCompaction(store: store, progress: progress, at: now)
    }

    /// What the learner is told of lines a journal held that were not counted: where they were kept, or that the
    /// next session on the profile keeps them aside.
    static func journalNotice(_ report: JournalReport, store: ProgressStore, setAsideIn aside: URL?) -> [String] {
        guard let summary = report.summary else { return [] }
        let journal = store.fileURL.deletingPathExtension().appendingPathExtension("journal").path
        if let aside {
            return ["\(journal): \(summary); the journal was copied whole to \(aside.path) before it was emptied"]
        }
        return ["\(journal): \(summary); they are left in the journal, and the next session on this profile copies it aside"]
    }

    /// Prints each notice to standard error, neutralised (before any full screen, so it is still there when the
    /// screen closes).
    static func announce(_ notices: [String]) {
        for notice in notices { StandardStreams.writeError("srm-quiz: \(notice)\n") }
    }

    static func profileName(_ given: String?, dataDirectory directory: String? = nil) throws(Failure) -> ProfileName {
        let name = given ?? loginName()
        do {
            return try ProfileName(name)
        } catch {
            var hint = given == nil ? " (from your login name); choose one with --profile NAME" : ""
            let saved = dataDirectory(directory).appendingPathComponent("profiles").appendingPathComponent("\(name).json").path
            if ProfileName.reservedSuffixes.contains(where: name.lowercased().hasSuffix), FileManager.default.fileExists(atPath: saved) {
                hint += "; the progress already saved under this name in \(saved) was left untouched: rename it (and its .journal) "
                    + "to NEWNAME.json and use --profile NEWNAME"
            }
            throw Failure("\(error)\(hint)", code: .usage)
        }
    }

    /// The bank through the bank cache (`validate` does the full load itself).
    static func loadBank(_ option: BankOption) throws(Failure) -> Bank {
        let directories = try bankDirectories(option)
        do {
            return try BankLoader.load(directories: directories, trainingRequired: option.bank == nil, cache: .forThisBuild())
        } catch {
            let names = directories.map(\.path).joined(separator: " + ")
            throw Failure("the question bank in \(names) cannot be used:\n\(error)", code: .data)
        }
    }

    /// The bank in use (given or bundled) first, then the added ones.
    static func bankDirectories(_ option: BankOption) throws(Failure) -> [URL] {
        let base = if let given = option.bank { URL(fileURLWithPath: given) } else { try BankLocator.bundledBank() }
        return [base] + option.addedBanks.map { URL(fileURLWithPath: $0) }
    }

    static func dataDirectory(_ given: String?) -> URL {
        DataDirectory.resolve(given)
    }

    private static func loginName() -> String {
        if let user = ProcessInfo.processInfo.environment["USER"], !user.isEmpty { return user }
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "learner"
    }

    /// Records an answer and makes it durable at once.
    mutating func record(_ outcome: AnswerOutcome, session: String, mode: StudyMode) throws(Failure) {
        try apply([.answer(outcome, sessionID: session, mode: mode)])
    }

    /// Adds the changes to the progress and makes them durable in one save.
    mutating func apply(_ changes: [ProgressChange]) throws(Failure) {
        try compactJournal()
        do {
            try store.record(changes, into: &progress)
        } catch {
            throw Failure("cannot save progress: \(error)", code: .io)
        }
        queueForLRS(changes)
    }

    /// Queues the statements of the records just saved, frozen as they are now. A failure here loses nothing: the
    /// record is saved, and the next sync queues every record the outbox does not hold.
    private func queueForLRS(_ changes: [ProgressChange]) {
        guard let queueingExport else { return }
        try? Outbox(store: store).queue(queueingExport.statements(for: changes, after: progress, bank: bank))
    }

    func saveExamSnapshot(_ snapshot: ExamSnapshot) throws(Failure) {
        do {
            try examStore.save(snapshot)
        } catch {
            throw Failure("cannot save the exam in progress: \(error)", code: error.isBadData ? .data : .io)
        }
    }

    func discardExamSnapshot() throws(Failure) {
        do {
            try examStore.remove()
        } catch {
            throw Failure("cannot remove the saved exam: \(error)", code: .io)
        }
    }

    var examStore: ExamSnapshotStore {
        ExamSnapshotStore(progressFile: store.fileURL)
    }
}

extension Workspace {
    /// The home screen for this profile, with the session size and seed the options ask for. With
    /// `historyLater`, the figures from the whole history and the saved exam are left to `fillHistory` (after the
    /// first frame), which returns its notice for the caller to print once the screen is closed.
    func homeState(_ options: GlobalOptions, now: Date = Date(), historyLater: Bool = false) throws(Failure) -> AppState {
        var state = AppState(
            screen: .home(highlighted: .practice), profile: profile.value, totals: progress.totals,
            sessionSize: options.count, nextSeed: options.seed ?? .random(in: .min ... .max)
        )
        let scheduler: FSRS
        do {
            scheduler = try FSRS(desiredRetention: options.retention)
        } catch {
            throw Failure("--retention \(options.retention): \(error)", code: .usage)
        }
        state.schedule = ReviewSchedule(scheduler: scheduler)
        state.examDay = progress.examDate.flatMap(ExamDay.init)
        state.trainingResults = progress.trainingResults
        state.completions = progress.completions
        state.assessments = PastAssessment.all(in: progress)
        state.exams = progress.exams
        state.policy = policy
        if let policy, !policy.acceptedBankFingerprints.isEmpty, !policy.accepts(bankFingerprint: BankFingerprint.of(bank)) {
            state.notice = "Policy \(policy.name) does not accept this question bank, so training taken on it will not count: "
                + "ask your trainer for the bank the policy names (srm-quiz validate prints a bank's fingerprint)."
        }
        if !notices.isEmpty { state.notice = TerminalText.neutralised((notices + [state.notice].compactMap { $0 }).joined(separator: " ")) }
        if historyLater {
            state.historyPending = true
        } else if let notice = fillHistory(into: &state, at: now) {
            Workspace.announce([notice])
        }
        return AppReducer(bank: bank).home(state, highlighting: .practice, at: now)
    }

    /// Works out what the home screen shows from the whole history (the review schedule, recent results, totals
    /// per exam task, the first-sight tally, the matrix history) and loads the unfinished exam of an earlier run.
    /// Returns the notice to print when that exam could not be resumed.
    func fillHistory(into state: inout AppState, at now: Date) -> String? {
        state.schedule = ReviewSchedule(answers: progress.answers, scheduler: state.schedule.scheduler)
        let questions = ReviewableQuestions(bank)
        state.recent = RecentResults(answers: progress.answers, taskOf: questions.examTask)
        state.taskTotals = TaskTotals(answers: progress.answers, taskOf: questions.examTask)
        state.firstSight = FirstSightTally(answers: progress.answers, taskOf: questions.examTask)
        state.matrixHistory = MatrixHistory(answers: progress.answers)
        state.historyPending = false
        return loadSavedExam(into: &state, at: now)
    }

    /// The unfinished exam of an earlier run, ready to resume. One that cannot be resumed (damaged, unreadable, or
    /// not a regular file) is moved aside and said so on the home screen (the notice is returned to be printed);
    /// whatever happens, it never keeps the other modes from opening.
    private func loadSavedExam(into state: inout AppState, at now: Date) -> String? {
        guard let notice = savedExamNotice(into: &state, at: now) else { return nil }
        state.notice = TerminalText.neutralised([state.notice, notice].compactMap { $0 }.joined(separator: " "))
        return notice
    }

    /// Puts the saved exam into `state`, or says why it could not be resumed and where it went.
    private func savedExamNotice(into state: inout AppState, at now: Date) -> String? {
        let problem: String
        do {
            guard let snapshot = try examStore.load() else { return nil }
            state.savedExam = try snapshot.restore(from: bank)
            return nil
        } catch let error as ProgressError {
            if case .otherProfilesProgress = error { return "\(error)" }
            problem = error.reason
        } catch {
            problem = "\(error)"
        }
        let file = examStore.fileURL.path
        do {
            let aside = try examStore.setAside(at: now)
            return "The saved exam in \(file) could not be resumed (\(problem)); it was moved to \(aside.path)."
        } catch {
            return "The saved exam in \(file) could not be resumed (\(problem)), nor moved aside (\(error.reason)); "
                + "move it away to take an exam."
        }
    }
}
