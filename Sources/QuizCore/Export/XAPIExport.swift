import Foundation

/// A profile's progress as xAPI 1.0.3 statements for a learning record store: every answer (`answered`), every
/// finished mock exam (`passed` or `failed`), every training module attempt (`passed` or `failed`, and
/// `completed`) and every training completion (`completed` and `passed`). Statement ids are name-based UUIDs over
/// the actor, the activity base and the record, so exporting again gives the same ids and a store that already has
/// a statement keeps one copy. What a record holds beyond the standard properties travels in extensions
/// (`XAPIExtension`), so the records can be read back from the store (`XAPIRecords`).
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
        let timed = builder.answers() + progress.exams.map(builder.exam)
            + progress.trainingResults.flatMap { [builder.module($0), builder.moduleCompleted($0)] }
            + progress.completions.flatMap { [builder.completion($0), builder.trainingPassed($0)] }
        return timed.enumerated()
            .sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }
            .map(\.element.statement)
    }

    /// One JSON array of every statement, the body a learning record store takes in one POST: each statement a
    /// compact object on its own line; `[]` when there is nothing to export.
    public func jsonArray(_ progress: ProgressFile, bank: Bank) -> String {
        let objects = encodedStatements(progress, bank: bank)
        return objects.isEmpty ? "[]\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    /// One statement per line (JSON Lines), each a compact JSON object; empty when there is nothing to export.
    public func jsonLines(_ progress: ProgressFile, bank: Bank) -> String {
        encodedStatements(progress, bank: bank).map { $0 + "\n" }.joined()
    }

    private func encodedStatements(_ progress: ProgressFile, bank: Bank) -> [String] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return statements(progress, bank: bank).map { statement in
            String(decoding: (try? encoder.encode(statement)) ?? Data(), as: UTF8.self)
        }
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
        let profile: String

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
            profile = progress.profile
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
            let attempt = answer.mode == StudyMode.train.rawValue ? moduleBySession[answer.session] : nil
            let extensions = recordExtensions(session: answer.session, [
                (.mode, .string(answer.mode)), (.topic, .string(answer.topic)),
                (.confidence, answer.confidence.map { .string($0.rawValue) }), (.bankFingerprint, attempt.map { .string($0.bankFingerprint) }),
            ])
            return XAPIStatement(
                id: export.uuid(idParts), actor: actor, verb: XAPIVocabulary.answered,
                object: interaction.map(activities.question) ?? activities.unknownQuestion(answer.questionId), result: result,
                context: XAPIStatement.Context(
                    registration: registration(answer.session), contextActivities: context, platform: XAPIExport.platform,
                    extensions: extensions
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
                    completion: true, duration: ISODuration.seconds(Double(record.secondsUsed)),
                    extensions: XAPIExtensions(export.activityBase, [
                        (.scaledEstimate, .integer(record.scaledEstimate)), (.howEnded, .string(record.howEnded.rawValue)),
                    ])
                ),
                context: XAPIStatement.Context(
                    registration: registration(record.id), platform: XAPIExport.platform, extensions: recordExtensions(session: record.id, [])
                ),
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
                context: moduleContext(result),
                timestamp: timestamp
            )
            return (result.finishedAt, statement)
        }

        /// The attempt as `completed`, passed or not: every question of it was answered.
        func moduleCompleted(_ result: ModuleResult) -> (at: Date, statement: XAPIStatement) {
            let timestamp = ISODate.text(result.finishedAt)
            let statement = XAPIStatement(
                id: export.uuid("module-completed", export.actor.key, export.activityBase.value, result.session, result.moduleID, timestamp),
                actor: actor, verb: XAPIVocabulary.completed, object: activities.module(id: result.moduleID, title: result.title),
                result: XAPIStatement.Result(
                    completion: true, duration: ISODuration.seconds(result.finishedAt.timeIntervalSince(result.startedAt))
                ),
                context: moduleContext(result),
                timestamp: timestamp
            )
            return (result.finishedAt, statement)
        }

        private func moduleContext(_ result: ModuleResult) -> XAPIStatement.Context {
            XAPIStatement.Context(
                registration: registration(result.session),
                contextActivities: XAPIStatement.ContextActivities(parent: [activities.course()]), platform: XAPIExport.platform,
                extensions: recordExtensions(session: result.session, [
                    (.bankFingerprint, .string(result.bankFingerprint)), (.passMark, .number(result.passMark.fraction)),
                    (.testedOut, .bool(result.testedOut)),
                ])
            )
        }

        func completion(_ record: CompletionRecord) -> (at: Date, statement: XAPIStatement) {
            training(record, verb: XAPIVocabulary.completed, idKind: "completion")
        }

        /// The completed training as `passed`: a completion is written only once every module is passed.
        func trainingPassed(_ record: CompletionRecord) -> (at: Date, statement: XAPIStatement) {
            training(record, verb: XAPIVocabulary.passed, idKind: "completion-passed")
        }

        private func training(_ record: CompletionRecord, verb: XAPIStatement.Verb, idKind: String) -> (at: Date, statement: XAPIStatement) {
            let training = TrainingScore(record)
            let timestamp = ISODate.text(record.completedAt)
            let modules = record.modules.map { module -> XAPIValue in
                .object([
                    "id": .string(module.id), "title": .string(module.title), "correct": .integer(module.correct),
                    "total": .integer(module.total), "passedAt": .string(ISODate.text(module.passedAt)), "testedOut": .bool(module.testedOut),
                ])
            }
            let statement = XAPIStatement(
                id: export.uuid(idKind, export.actor.key, export.activityBase.value, record.profile, timestamp),
                actor: actor, verb: verb, object: activities.course(),
                result: XAPIStatement.Result(
                    score: score(correct: training.correct, total: training.total, scaled: training.fraction),
                    success: true, completion: true
                ),
                context: XAPIStatement.Context(
                    platform: XAPIExport.platform,
                    extensions: recordExtensions(session: nil, [
                        (.bankFingerprint, .string(record.bankFingerprint)), (.passMark, .number(record.passMark.fraction)),
                        (.policyId, record.policyId.map { .string($0) }), (.policyVersion, record.policyVersion.map { .integer($0) }),
                        (.completedModules, .list(modules)),
                    ])
                ),
                timestamp: timestamp
            )
            return (record.completedAt, statement)
        }

        /// The context extensions of a record: the profile, its session when it has one, then `more`.
        private func recordExtensions(session: String?, _ more: [(XAPIExtension, XAPIValue?)]) -> XAPIExtensions? {
            XAPIExtensions(export.activityBase, [(.profile, .string(profile)), (.session, session.map { .string($0) })] + more)
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
