import ArgumentParser
import Foundation
import QuizCore

/// `--exam-date`: the day of the real exam, kept in the profile so it is given once; readiness then adds a plan.
struct ExamDateOption: ParsableArguments {
    @Option(name: .customLong("exam-date"), help: ArgumentHelp(
        "The day you sit the real exam (UTC), kept in your profile: readiness then plans the reviews a day to reach your retention on it.",
        valueName: "YYYY-MM-DD"))
    var examDate: String?

    /// Refuses a date that cannot be planned for before any file is opened (exit 64, the date named).
    func validate() throws {
        do {
            _ = try day(at: Date())
        } catch {
            throw ValidationError(error.message)
        }
    }

    /// The day given, checked at `now`: nil when none was given; a usage error (64) naming it when it is not a day,
    /// is today or past, or is more than two years away.
    func day(at now: Date) throws(Failure) -> ExamDay? {
        guard let examDate else { return nil }
        guard let day = ExamDay(examDate) else {
            throw Failure("--exam-date \(examDate) is not a day written YYYY-MM-DD (for example \(ExamDay(containing: now.addingTimeInterval(30 * 86_400))))", code: .usage)
        }
        if let problem = day.problem(at: now) { throw Failure("--exam-date \(problem)", code: .usage) }
        return day
    }
}

extension Workspace {
    /// Keeps the exam day in the profile: the whole progress file is written again, after the journal is folded in
    /// (so nothing in it is lost). Nothing is written when it is already kept.
    mutating func keepExamDay(_ day: ExamDay) throws(Failure) {
        guard progress.examDate != day.description else { return }
        try compactJournal()
        var updated = progress
        updated.examDate = day.description
        do {
            try store.save(updated)
        } catch {
            throw Failure("cannot save the exam date: \(error)", code: .io)
        }
        progress = updated
    }
}
