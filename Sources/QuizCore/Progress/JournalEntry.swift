/// One line of a profile's journal: the changes one save added, numbered so that replaying the journal over a
/// snapshot that already holds them changes nothing.
struct JournalEntry: Codable, Equatable, Sendable {
    let sequence: Int
    var answers: [AnswerRecord] = []
    var exams: [ExamRecord] = []
    var trainingResults: [ModuleResult] = []
    var completions: [CompletionRecord] = []
    var assessments: [AssessmentRecord] = []

    init(sequence: Int, changes: [ProgressChange]) {
        self.sequence = sequence
        for change in changes {
            switch change {
            case let .answer(outcome, sessionID, mode): answers.append(AnswerRecord(outcome, session: sessionID, mode: mode.rawValue))
            case .exam(let record): exams.append(record)
            case .moduleResult(let result): trainingResults.append(result)
            case .completion(let record): completions.append(record)
            case .assessment(let record): assessments.append(record)
            }
        }
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        sequence = try container.decode(Int.self, forKey: .sequence)
        answers = try container.decodeIfPresent([AnswerRecord].self, forKey: .answers) ?? []
        exams = try container.decodeIfPresent([ExamRecord].self, forKey: .exams) ?? []
        trainingResults = try container.decodeIfPresent([ModuleResult].self, forKey: .trainingResults) ?? []
        completions = try container.decodeIfPresent([CompletionRecord].self, forKey: .completions) ?? []
        assessments = try container.decodeIfPresent([AssessmentRecord].self, forKey: .assessments) ?? []
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sequence, forKey: .sequence)
        if !answers.isEmpty { try container.encode(answers, forKey: .answers) }
        if !exams.isEmpty { try container.encode(exams, forKey: .exams) }
        if !trainingResults.isEmpty { try container.encode(trainingResults, forKey: .trainingResults) }
        if !completions.isEmpty { try container.encode(completions, forKey: .completions) }
        if !assessments.isEmpty { try container.encode(assessments, forKey: .assessments) }
    }

    private enum CodingKeys: String, CodingKey {
        case sequence, answers, exams, trainingResults, completions, assessments
    }

    /// Adds the entry's changes to `progress` unless the progress already holds them.
    func apply(to progress: inout ProgressFile) {
        guard sequence > progress.journalSequence else { return }
        for answer in answers { progress.record(answer) }
        progress.exams += exams
        progress.trainingResults += trainingResults
        progress.completions += completions
        progress.assessments += assessments
        progress.journalSequence = sequence
    }
}
