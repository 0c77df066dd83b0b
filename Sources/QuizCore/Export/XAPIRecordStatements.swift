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
        let builder = Builder(export: self, bank: bank, progress: progress)
        var timed: [(at: Date, statement: XAPIStatement)] = []
        let firstNew = max(0, progress.answers.count - newAnswers)
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
