/// The exam start screen: the lengths on offer and the one chosen, the exam tasks and topics that can be ticked
/// to draw only from them (none ticked: the whole bank), and the highlighted row.
public struct ExamStart: Equatable, Sendable {
    public enum Row: Equatable, Sendable {
        case length(ExamLength)
        case task(ExamTask)
        case topic(String)
    }

    /// Full, short, then the command line's length when it is neither; the exam tasks the bank's questions serve,
    /// in the guide's order; the bank's topics that have questions.
    public let rows: [Row]
    public var length: ExamLength
    public var tasks: Set<ExamTask>
    public var topics: Set<String>
    public var highlighted: Int

    /// The start screen for `bank` with `length` chosen and the given tasks and topics ticked; the highlight on
    /// the chosen length.
    public init(bank: Bank, length: ExamLength, tasks: Set<ExamTask> = [], topics: Set<String> = []) {
        let lengths: [ExamLength] = [.full, .short] + ([.full, .short].contains(length) ? [] : [length])
        let covered = Set(bank.questions.compactMap(\.examTask)).sorted()
        let withQuestions = Set(bank.questions.map(\.topic))
        rows = lengths.map(Row.length) + covered.map(Row.task) + bank.topics.map(\.id).filter(withQuestions.contains).map(Row.topic)
        self.length = length
        self.tasks = tasks
        self.topics = topics
        highlighted = lengths.firstIndex(of: length) ?? 0
    }

    /// True when some task or topic is ticked, so the exam draws only from those.
    public var isFocused: Bool {
        !tasks.isEmpty || !topics.isEmpty
    }

    /// Whether the exam may ask `question`: any question when nothing is ticked, else one whose exam task or
    /// topic is ticked.
    public func includes(_ question: Question) -> Bool {
        guard isFocused else { return true }
        return question.examTask.map(tasks.contains) == true || topics.contains(question.topic)
    }

    /// How many of the bank's questions the exam may draw from.
    public func available(in bank: Bank) -> Int {
        bank.questions.count(where: includes)
    }

    /// The exam as set up, drawn with `seed`: the chosen length fitted to the questions available.
    public func settings(in bank: Bank, seed: UInt64) -> ExamSettings {
        let fitted = length.fitted(to: available(in: bank))
        return ExamSettings(questionCount: fitted.questions, minutes: fitted.minutes, seed: seed)
    }

    /// The screen after `event` (starting is the app's: it needs the bank and the seed).
    public func applying(_ event: ExamStartEvent) -> ExamStart {
        var next = self
        switch event {
        case .highlightMoved(let delta):
            next.highlighted = min(max(highlighted + delta, 0), rows.count - 1)
        case .highlightedRowToggled:
            guard rows.indices.contains(highlighted) else { return self }
            switch rows[highlighted] {
            case .length(let length): next.length = length
            case .task(let task): if next.tasks.remove(task) == nil { next.tasks.insert(task) }
            case .topic(let topic): if next.topics.remove(topic) == nil { next.topics.insert(topic) }
            }
        case .started:
            break
        }
        return next
    }
}
