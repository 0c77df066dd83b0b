/// The ranges a number read from a progress file, journal or saved exam must fall in: anything outside is refused
/// as damaged, with the file and field named, so no later sum, count or conversion can overflow or trap.
public enum ProgressLimits {
    /// Journal sequence numbers (and a snapshot's `journalSequence`): far above any real history, far below
    /// `Int.max`, and exact as a JSON number.
    public static let sequences = 0...(1 << 53)
    /// Seconds spent on one answer or question: up to about 31 years.
    public static let secondsPerAnswer = 0.0...1_000_000_000
    /// A journal line longer than this was not written by srm-quiz (one save of a whole exam is far shorter).
    public static let journalLineBytes = 64 << 20
    /// Entries a journal may hold between two starts; lines beyond it are kept aside, not read.
    public static let journalEntries = 10_000_000
    /// A saved exam larger than this is not one srm-quiz wrote.
    public static let examSnapshotBytes = 64 << 20
}

extension ProgressLimits {
    /// Questions or answers one exam or module record may count.
    static let recordedQuestions = 0...1_000_000
    /// A chosen option's index.
    static let choiceIndices = 0...255

    /// Why an exam record's figures cannot be used (the field named), or nil when they are in range.
    static func problem(in exam: ExamRecord) -> String? {
        if !recordedQuestions.contains(exam.questions) { return "questions \(exam.questions) is outside \(describe(recordedQuestions))" }
        if !(0...exam.questions).contains(exam.correct) { return "correct \(exam.correct) is outside 0 to its questions, \(exam.questions)" }
        if !(0...1_000).contains(exam.scaledEstimate) { return "scaledEstimate \(exam.scaledEstimate) is outside 0 to 1000" }
        if !(0...Int(secondsPerAnswer.upperBound)).contains(exam.secondsUsed) {
            return "secondsUsed \(exam.secondsUsed) is outside 0 to \(Int(secondsPerAnswer.upperBound))"
        }
        for (index, topic) in exam.topics.enumerated() where !(0...exam.questions).contains(topic.total) || !(0...topic.total).contains(topic.correct) {
            return "topics[\(index)] counts \(topic.correct) right of \(topic.total), outside its \(exam.questions) questions"
        }
        for (index, task) in (exam.tasks ?? []).enumerated() where !(0...exam.questions).contains(task.total) || !(0...task.total).contains(task.correct) {
            return "tasks[\(index)] counts \(task.correct) right of \(task.total), outside its \(exam.questions) questions"
        }
        return exam.items.flatMap(problem(inItemsOf: exam))
    }

    /// Why an exam record's questions disagree with its counts or hold an impossible choice, or nil.
    private static func problem(inItemsOf exam: ExamRecord) -> ([ExamRecord.Item]) -> String? {
        { items in
            if items.count != exam.questions { return "items holds \(items.count) questions, not its \(exam.questions)" }
            for (index, item) in items.enumerated() {
                if let wrong = item.chosen.first(where: { !choiceIndices.contains($0) }) {
                    return "items[\(index)].chosen holds \(wrong), outside \(describe(choiceIndices))"
                }
            }
            let right = items.filter(\.correct).count
            return right == exam.correct ? nil : "items mark \(right) right, not its correct \(exam.correct)"
        }
    }

    /// Why a training module's result cannot be used, or nil.
    static func problem(in result: ModuleResult) -> String? {
        problem(correct: result.correct, total: result.total, score: result.score)
    }

    /// Why a completion record's modules cannot be used, or nil.
    static func problem(in completion: CompletionRecord) -> String? {
        for (index, module) in completion.modules.enumerated() {
            if let problem = problem(correct: module.correct, total: module.total, score: module.score) { return "modules[\(index)].\(problem)" }
        }
        return nil
    }

    /// The years an exam date may fall in.
    static let examDateYears = 2000...9999

    /// Why a saved exam date cannot be used (not a `YYYY-MM-DD` day, or outside `examDateYears`), or nil.
    static func problem(examDate: String) -> String? {
        guard let day = ExamDay(examDate) else { return "examDate \"\(examDate)\" is not a day written YYYY-MM-DD" }
        guard let year = Int(day.description.prefix(4)), examDateYears.contains(year) else {
            return "examDate \(examDate) is outside the years \(describe(examDateYears))"
        }
        return nil
    }

    /// Why an answer's figures cannot be used, or nil.
    static func problem(in answer: AnswerRecord) -> String? {
        if !secondsPerAnswer.contains(answer.seconds) { return "seconds \(answer.seconds) is outside 0 to \(Int(secondsPerAnswer.upperBound))" }
        if let wrong = answer.chosen.first(where: { !choiceIndices.contains($0) }) { return "chosen holds \(wrong), outside \(describe(choiceIndices))" }
        return nil
    }

    private static func problem(correct: Int, total: Int, score: Double) -> String? {
        if !recordedQuestions.contains(total) { return "total \(total) is outside \(describe(recordedQuestions))" }
        if !(0...total).contains(correct) { return "correct \(correct) is outside 0 to its total, \(total)" }
        if !(0...1).contains(score) { return "score \(score) is outside 0 to 1" }
        return nil
    }

    static func describe(_ range: ClosedRange<Int>) -> String { "\(range.lowerBound) to \(range.upperBound)" }
}
