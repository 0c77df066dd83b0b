import Foundation

/// A profile's progress as xAPI 1.0.3 statements for a learning record store: every answer (`answered`), every
/// finished mock exam and training module attempt (`passed` or `failed`) and every training completion
/// (`completed`). Statement ids are name-based UUIDs over the actor, the activity base and the record, so
/// exporting again gives the same ids and a store that already has a statement keeps one copy.
///
/// Scores: an answer scores its credit (1, 0, or 0.5 for a half-right drill cell; `success` only at full credit);
/// a module its share of right answers (raw = right, max = asked); the exam's `scaled` is its estimated scaled
/// score mapped from 100-1000 onto 0-1 (`ExamScore.scaledFraction`) with the raw count of right answers beside it
/// (max = every question); a completion its training score (`TrainingScore`: right over asked, pooled over the
/// modules' passing attempts). Timestamps are `ISODate.text`, as in the progress file.
public struct XAPIExport: Sendable {
    public let actor: XAPIActor
    public let activityBase: ActivityBase

    /// The namespace of every statement id and registration the export makes.
    static let namespace = NameBasedUUID.make(namespace: NameBasedUUID.urlNamespace, name: "urn:srm-quiz:xapi")
    static let platform = "srm-quiz"

    public init(actor: XAPIActor, activityBase: ActivityBase = .standard) {
        self.actor = actor
        self.activityBase = activityBase
    }

    /// Every statement, oldest first (records at the same moment in the order the progress file keeps them).
    public func statements(_ progress: ProgressFile, bank: Bank) -> [XAPIStatement] {
        let builder = Builder(export: self, bank: bank, progress: progress)
        let timed = builder.answers() + progress.exams.map(builder.exam) + progress.trainingResults.map(builder.module)
            + progress.completions.map(builder.completion)
        return timed.enumerated()
            .sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }
            .map(\.element.statement)
    }

    /// One statement per line, each a compact JSON object; empty when there is nothing to export.
    public func jsonLines(_ progress: ProgressFile, bank: Bank) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return statements(progress, bank: bank).map { statement in
            String(decoding: (try? encoder.encode(statement)) ?? Data(), as: UTF8.self) + "\n"
        }.joined()
    }

    func uuid(_ parts: String...) -> String {
        uuid(parts)
    }

    func uuid(_ parts: [String]) -> String {
        NameBasedUUID.make(namespace: Self.namespace, name: parts.joined(separator: "\n")).uuidString.lowercased()
    }

    /// The statements of one export run, with what they share looked up once (`XAPIRecordStatements` builds one
    /// record's with it).
    struct Builder {
        let export: XAPIExport
        let bank: Bank
        let activities: XAPIActivities
        let questions: [String: (question: Question, scenario: Scenario?)]
        let moduleBySession: [String: ModuleResult]
        let answerRecords: [AnswerRecord]
        let actor: XAPIStatement.Agent

        init(export: XAPIExport, bank: Bank, progress: ProgressFile) {
            self.export = export
            self.bank = bank
            activities = XAPIActivities(base: export.activityBase, bank: bank)
            var questions: [String: (question: Question, scenario: Scenario?)] = [:]
            for question in bank.questions { questions[question.id] = (question, nil) }
            for scenario in bank.scenarios {
                for step in scenario.steps { questions[step.question.id] = (step.question, scenario) }
            }
            self.questions = questions
            moduleBySession = Dictionary(progress.trainingResults.map { ($0.session, $0) }, uniquingKeysWith: { first, _ in first })
            answerRecords = progress.answers
            actor = XAPIStatement.Agent(export.actor)
        }

        /// Each answer once; answers to the same question at the same moment in the same session (an exam records
        /// all its answers when submitted) are told apart by their order.
        func answers() -> [(at: Date, statement: XAPIStatement)] {
            var seen: [String: Int] = [:]
            return answerRecords.map { answer in
                let key = [answer.session, answer.questionId, ISODate.text(answer.answeredAt)].joined(separator: "\n")
                let occurrence = seen[key, default: 0]
                seen[key] = occurrence + 1
                return (answer.answeredAt, answered(answer, occurrence: occurrence))
            }
        }

        func answered(_ answer: AnswerRecord, occurrence: Int) -> XAPIStatement {
            let timestamp = ISODate.text(answer.answeredAt)
            var idParts = ["answered", export.actor.key, export.activityBase.value, answer.session, answer.questionId, timestamp]
            if occurrence > 0 { idParts.append(String(occurrence)) }
            let known = questions[answer.questionId]
            let interaction = known.map { XAPIInteraction($0.question) }
            let result = XAPIStatement.Result(
                score: XAPIStatement.Score(scaled: answer.credit, raw: answer.credit, min: 0, max: 1), success: answer.correct,
                response: answer.chosen.isEmpty ? nil : interaction?.response(answer.chosen), duration: ISODuration.seconds(answer.seconds)
            )
            var context = XAPIStatement.ContextActivities(parent: [parent(of: answer)])
            if answer.mode == StudyMode.train.rawValue { context.grouping = [activities.course()] }
            if let scenario = known?.scenario { context.grouping = (context.grouping ?? []) + [activities.scenario(scenario)] }
            return XAPIStatement(
                id: export.uuid(idParts), actor: actor, verb: XAPIVocabulary.answered,
                object: interaction.map(activities.question) ?? activities.unknownQuestion(answer.questionId), result: result,
                context: XAPIStatement.Context(
                    registration: registration(answer.session), contextActivities: context, platform: XAPIExport.platform
                ),
                timestamp: timestamp
            )
        }

        /// The exam for exam answers; the module for training answers (the attempt's, else the first module that
        /// asks the question); the study mode for the rest.
        private func parent(of answer: AnswerRecord) -> XAPIStatement.Activity {
            switch StudyMode(rawValue: answer.mode) {
            case .exam:
                return activities.exam()
            case .train:
                if let result = moduleBySession[answer.session] { return activities.module(id: result.moduleID, title: result.title) }
                if let module = bank.trainingModules.first(where: { $0.questions.contains { $0.id == answer.questionId } }) {
                    return activities.module(id: module.id, title: module.title)
                }
                return activities.mode(answer.mode)
            default:
                return activities.mode(answer.mode)
            }
        }

        func exam(_ record: ExamRecord) -> (at: Date, statement: XAPIStatement) {
            let scaled = ExamScore.scaledFraction(record.scaledEstimate)
            let timestamp = ISODate.text(record.finishedAt)
            let statement = XAPIStatement(
                id: export.uuid("exam", export.actor.key, export.activityBase.value, record.id), actor: actor,
                verb: record.passed ? XAPIVocabulary.passed : XAPIVocabulary.failed, object: activities.exam(),
                result: XAPIStatement.Result(
                    score: score(correct: record.correct, total: record.questions, scaled: scaled), success: record.passed,
                    completion: true, duration: ISODuration.seconds(Double(record.secondsUsed))
                ),
                context: XAPIStatement.Context(registration: registration(record.id), platform: XAPIExport.platform),
                timestamp: timestamp
            )
            return (record.finishedAt, statement)
        }

        func module(_ result: ModuleResult) -> (at: Date, statement: XAPIStatement) {
            let timestamp = ISODate.text(result.finishedAt)
            let statement = XAPIStatement(
                id: export.uuid("module", export.actor.key, export.activityBase.value, result.session, result.moduleID, timestamp),
                actor: actor, verb: result.passed ? XAPIVocabulary.passed : XAPIVocabulary.failed,
                object: activities.module(id: result.moduleID, title: result.title),
                result: XAPIStatement.Result(
                    score: score(correct: result.correct, total: result.total, scaled: result.score), success: result.passed,
                    completion: true, duration: ISODuration.seconds(result.finishedAt.timeIntervalSince(result.startedAt))
                ),
                context: XAPIStatement.Context(
                    registration: registration(result.session),
                    contextActivities: XAPIStatement.ContextActivities(parent: [activities.course()]), platform: XAPIExport.platform
                ),
                timestamp: timestamp
            )
            return (result.finishedAt, statement)
        }

        func completion(_ record: CompletionRecord) -> (at: Date, statement: XAPIStatement) {
            let training = TrainingScore(record)
            let timestamp = ISODate.text(record.completedAt)
            let statement = XAPIStatement(
                id: export.uuid("completion", export.actor.key, export.activityBase.value, record.profile, timestamp),
                actor: actor, verb: XAPIVocabulary.completed, object: activities.course(),
                result: XAPIStatement.Result(
                    score: score(correct: training.correct, total: training.total, scaled: training.fraction),
                    success: true, completion: true
                ),
                context: XAPIStatement.Context(platform: XAPIExport.platform),
                timestamp: timestamp
            )
            return (record.completedAt, statement)
        }

        /// A score out of `total`, or none when nothing was asked (a score needs max above min).
        private func score(correct: Int, total: Int, scaled: Double) -> XAPIStatement.Score? {
            guard total > 0 else { return nil }
            return XAPIStatement.Score(scaled: min(1, max(0, scaled)), raw: Double(min(max(correct, 0), total)), min: 0, max: Double(total))
        }

        /// The registration of one session, exam or module attempt: its answers and its result share it.
        private func registration(_ session: String) -> String {
            export.uuid("registration", export.actor.key, session)
        }
    }
}
