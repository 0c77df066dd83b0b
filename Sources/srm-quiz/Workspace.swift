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

    /// The profile's progress and the bank; `exclusive` takes the profile's lock first (refused while another
    /// srm-quiz uses the profile) and folds the journal of earlier runs into the progress file.
    static func open(_ options: GlobalOptions, exclusive: Bool = false, now: Date = Date()) throws(Failure) -> Workspace {
        let profile = try profileName(options.profile)
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
        }
        let progress: ProgressFile
        do {
            progress = try store.load() ?? ProgressFile(profile: profile.value, createdAt: now)
            if exclusive { try store.compact(progress) }
        } catch {
            throw Failure(error.description, code: error.isBadData ? .data : .io)
        }
        return Workspace(profile: profile, bank: bank, store: store, policy: policy, progress: progress, lock: lock)
    }

    static func profileName(_ given: String?) throws(Failure) -> ProfileName {
        let name = given ?? loginName()
        do {
            return try ProfileName(name)
        } catch {
            let hint = given == nil ? " (from your login name); choose one with --profile NAME" : ""
            throw Failure("\(error)\(hint)", code: .usage)
        }
    }

    static func loadBank(_ option: BankOption) throws(Failure) -> Bank {
        let directories = try bankDirectories(option)
        do {
            return try BankLoader.load(directories: directories, trainingRequired: option.bank == nil)
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
        do {
            try store.record(changes, into: &progress)
        } catch {
            throw Failure("cannot save progress: \(error)", code: .io)
        }
    }

    func saveExamSnapshot(_ snapshot: ExamSnapshot) throws(Failure) {
        do {
            try examStore.save(snapshot)
        } catch {
            throw Failure("cannot save the exam in progress: \(error)", code: .io)
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
    /// The home screen for this profile, with the session size and seed the options ask for.
    func homeState(_ options: GlobalOptions, now: Date = Date()) throws(Failure) -> AppState {
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
        state.schedule = ReviewSchedule(answers: progress.answers, scheduler: scheduler)
        let questions = ReviewableQuestions(bank)
        state.recent = RecentResults(answers: progress.answers) { questions.question($0)?.examTask }
        state.taskTotals = TaskTotals(answers: progress.answers) { questions.question($0)?.examTask }
        state.trainingResults = progress.trainingResults
        state.completions = progress.completions
        state.assessments = PastAssessment.all(in: progress)
        state.matrixHistory = MatrixHistory(answers: progress.answers)
        state.policy = policy
        if let policy, !policy.acceptedBankFingerprints.isEmpty, !policy.accepts(bankFingerprint: BankFingerprint.of(bank)) {
            state.notice = "Policy \(policy.name) does not accept this question bank, so training taken on it will not count: "
                + "ask your trainer for the bank the policy names (srm-quiz validate prints a bank's fingerprint)."
        }
        try loadSavedExam(into: &state, at: now)
        return AppReducer(bank: bank).home(state, highlighting: .practice, at: now)
    }

    /// The unfinished exam of an earlier run, ready to resume; one that cannot be resumed is moved aside and said so.
    private func loadSavedExam(into state: inout AppState, at now: Date) throws(Failure) {
        let problem: String
        do {
            guard let snapshot = try examStore.load() else { return }
            state.savedExam = try snapshot.restore(from: bank)
            return
        } catch let error as ProgressError {
            guard error.isBadData else { throw Failure(error.description, code: .io) }
            problem = "\(error)"
        } catch let error as ExamRestoreError {
            problem = "\(examStore.fileURL.path): \(error)"
        } catch {
            problem = "\(error)"
        }
        do {
            let aside = try examStore.setAside(at: now)
            state.notice = "The saved exam could not be resumed (\(problem)); it was moved to \(aside.path)."
        } catch {
            throw Failure("\(problem); and it could not be moved aside: \(error)", code: .io)
        }
    }
}
