import Foundation

extension XAPIExport {
    /// The statements for the records one save adds (`changes`, already applied to `progress`): the same ids and
    /// bodies the whole-file export gives for those records, in the same order, so that the statements queued save
    /// by save, one after the other, are the whole export. An assessment has no statement.
    public func statements(for changes: [ProgressChange], after progress: ProgressFile, bank: Bank) -> [XAPIStatement] {
        let newAnswers = changes.reduce(0) { count, change in
            if case .answer = change { return count + 1 }
            return count
        }
        guard newAnswers > 0 || changes.contains(where: { if case .assessment = $0 { false } else { true } }) else { return [] }
        let firstNew = max(0, progress.answers.count - newAnswers)
        let builder = Builder(export: self, bank: bank, progress: Self.withAttemptsUnderWay(progress, newFrom: firstNew, bank: bank))
        var timed: [(at: Date, statement: XAPIStatement)] = []
        for position in firstNew..<progress.answers.count {
            let answer = progress.answers[position]
            timed.append((answer.answeredAt, builder.answered(answer, occurrence: Self.occurrence(of: position, in: progress.answers))))
        }
        for case .exam(let record) in changes { timed.append(builder.exam(record)) }
        for case .moduleResult(let result) in changes { timed += [builder.module(result), builder.moduleCompleted(result)] }
        for case .completion(let record) in changes { timed += [builder.completion(record), builder.trainingPassed(record)] }
        return timed.enumerated()
            .sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }
            .map(\.element.statement)
    }

    /// `progress` with a stand-in result for each training attempt a new answer belongs to that has no result yet:
    /// the module the whole export will name (the first that asks the question, as `parent(of:)` falls back to) and
    /// the bank in use, whose fingerprint the attempt's result will carry. An answer's statement reads only those
    /// from its attempt, so the statement queued now is the one the export gives once the attempt has its result.
    private static func withAttemptsUnderWay(_ progress: ProgressFile, newFrom firstNew: Int, bank: Bank) -> ProgressFile {
        var sessions = Set(progress.trainingResults.map(\.session))
        var standIns: [ModuleResult] = []
        var fingerprint: String?
        for answer in progress.answers[firstNew...] where answer.mode == StudyMode.train.rawValue && !sessions.contains(answer.session) {
            guard let module = bank.trainingModules.first(where: { $0.questions.contains { $0.id == answer.questionId } }) else { continue }
            if fingerprint == nil { fingerprint = BankFingerprint.of(bank) }
            sessions.insert(answer.session)
            standIns.append(ModuleResult(
                moduleID: module.id, title: module.title, correct: 0, total: 0, passMark: .standard, testedOut: false,
                startedAt: answer.answeredAt, finishedAt: answer.answeredAt, session: answer.session, bankFingerprint: fingerprint ?? "",
                questionIds: []
            ))
        }
        guard !standIns.isEmpty else { return progress }
        var extended = progress
        extended.trainingResults += standIns
        return extended
    }

    /// How many answers before `position` share its session, question and moment (an exam saves all its answers
    /// at once): the whole export tells such answers apart by this count.
    private static func occurrence(of position: Int, in answers: [AnswerRecord]) -> Int {
        let answer = answers[position]
        let moment = ISODate.text(answer.answeredAt)
        var count = 0
        for earlier in answers[..<position] where earlier.session == answer.session && earlier.questionId == answer.questionId
            && ISODate.text(earlier.answeredAt) == moment {
            count += 1
        }
        return count
    }
}
