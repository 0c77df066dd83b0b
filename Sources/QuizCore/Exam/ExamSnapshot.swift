import Foundation

/// Everything needed to rebuild an exam under way, as saved after every change so that it survives a crash or
/// quit and resumes with the time that was left. Questions are kept by id; `restore(from:)` finds them again.
public struct ExamSnapshot: Codable, Equatable, Sendable {
    public static let formatName = "srm-quiz-exam"
    public static let currentSchemaVersion = 1

    /// Always `srm-quiz-exam`: tells a snapshot from any other JSON.
    public var format: String
    public var schemaVersion: Int
    public var examID: String
    public var settings: ExamSettings
    public var startedAt: Date
    /// The exam's questions in the order asked.
    public var questions: [Entry]
    /// The question that was on screen, from 0.
    public var position: Int
    public var secondsLeft: Double
    public var warningsShown: [TimeWarning]

    /// One question as the exam shows it and as the learner left it.
    public struct Entry: Codable, Equatable, Sendable {
        public var id: String
        /// Bank indices of the choices in display order.
        public var order: [Int]
        /// Display positions picked, ascending.
        public var picks: [Int]
        public var flagged: Bool
        /// Time spent on the question's screen.
        public var seconds: Double

        public init(id: String, order: [Int], picks: [Int], flagged: Bool, seconds: Double) {
            self.id = id
            self.order = order
            self.picks = picks
            self.flagged = flagged
            self.seconds = seconds
        }
    }

    public init(_ session: ExamSession) {
        format = Self.formatName
        schemaVersion = Self.currentSchemaVersion
        examID = session.id
        settings = session.settings
        startedAt = session.startedAt
        questions = session.items.indices.map { index in
            Entry(
                id: session.items[index].question.id, order: session.items[index].order, picks: session.picks[index].sorted(),
                flagged: session.flagged.contains(index), seconds: session.secondsOnQuestion[index]
            )
        }
        position = session.position
        secondsLeft = session.secondsLeft
        warningsShown = TimeWarning.allCases.filter(session.warningsShown.contains)
    }

    /// The exam as it was, on the question it was on with that question's first pick highlighted; its clock
    /// starts again at the next tick. Refuses when a question is no longer in the bank, has different choices,
    /// or the snapshot does not hold together.
    public func restore(from bank: Bank) throws(ExamRestoreError) -> ExamSession {
        guard format == Self.formatName else { throw .notAnExam(format: format) }
        guard schemaVersion <= Self.currentSchemaVersion else { throw .newerVersion(schemaVersion) }
        guard SessionLimits.examMinutes.contains(settings.minutes), SessionLimits.questions.contains(settings.questionCount) else {
            throw .damaged("its settings, \(settings.questionCount) questions in \(settings.minutes) minutes, are outside what an exam may be")
        }
        if let entry = questions.first(where: { !ProgressLimits.secondsPerAnswer.contains($0.seconds) }) {
            throw .damaged("question \(entry.id) has \(entry.seconds) seconds spent on it")
        }
        let missing = questions.map(\.id).filter { bank.question(id: $0) == nil }
        guard missing.isEmpty else { throw .questionsMissing(missing) }
        var items: [SessionItem] = []
        for entry in questions {
            let question = bank.question(id: entry.id)!
            guard entry.order.sorted() == Array(question.choices.indices) else { throw .questionChanged(entry.id) }
            guard entry.picks.allSatisfy(entry.order.indices.contains) else {
                throw .damaged("question \(entry.id) has a pick beyond its \(entry.order.count) choices")
            }
            guard question.kind == .multiple || Set(entry.picks).count <= 1 else {
                throw .damaged("question \(entry.id) takes one answer but has \(entry.picks.count)")
            }
            items.append(SessionItem(question: question, order: entry.order))
        }
        guard questions.indices.contains(position) else {
            throw .damaged("the question on screen, \(position + 1), is not among its \(questions.count) questions")
        }
        guard (0...settings.timeLimit).contains(secondsLeft) else {
            throw .damaged("\(secondsLeft) seconds left is outside the time limit of \(settings.minutes) minutes")
        }
        var session = ExamSession(id: examID, settings: settings, items: items, startedAt: startedAt)
        session.picks = questions.map { Set($0.picks) }
        session.flagged = Set(questions.indices.filter { questions[$0].flagged })
        session.secondsOnQuestion = questions.map(\.seconds)
        session.position = position
        session.highlighted = session.picks[position].min()
        session.secondsLeft = secondsLeft
        session.secondsLeftAtLastSnapshot = secondsLeft
        session.warningsShown = Set(warningsShown)
        return session
    }
}
