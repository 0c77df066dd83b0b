import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// The statements queued save by save (`XAPIExport.statements(for:after:bank:)`) are the whole-file export's,
/// same ids, same bodies, same order: the outbox and `export --format xapi` never disagree about a record.
@Suite struct XAPIRecordStatementsTests {
    /// The saves that make `progress`, in the order its records were made: each record alone, except that the
    /// answers of an exam are saved with the exam, as the app does.
    static func saves(replaying progress: ProgressFile) throws -> [[ProgressChange]] {
        var timed: [(at: Date, rank: Int, change: ProgressChange, session: String?)] = []
        for answer in progress.answers {
            let outcome = AnswerOutcome(
                questionID: answer.questionId, topic: answer.topic, chosen: answer.chosen, isCorrect: answer.correct,
                seconds: answer.seconds, answeredAt: answer.answeredAt, confidence: answer.confidence, credit: answer.credit
            )
            let mode = try #require(StudyMode(rawValue: answer.mode))
            timed.append((answer.answeredAt, 0, .answer(outcome, sessionID: answer.session, mode: mode), mode == .exam ? answer.session : nil))
        }
        timed += progress.exams.map { ($0.finishedAt, 1, .exam($0), nil) }
        timed += progress.trainingResults.map { ($0.finishedAt, 2, .moduleResult($0), nil) }
        timed += progress.completions.map { ($0.completedAt, 3, .completion($0), nil) }
        timed += progress.assessments.map { ($0.finishedAt, 4, .assessment($0), nil) }
        let ordered = timed.enumerated().sorted { ($0.element.at, $0.element.rank, $0.offset) < ($1.element.at, $1.element.rank, $1.offset) }
        var saves: [[ProgressChange]] = []
        var examSession: (id: String, at: Date)?
        for (_, item) in ordered {
            if let session = item.session, let open = examSession, open.id == session, open.at == item.at {
                saves[saves.count - 1].append(item.change)
                continue
            }
            if case .exam = item.change, let open = examSession, open.at == item.at {
                saves[saves.count - 1].append(item.change)
                continue
            }
            examSession = item.session.map { ($0, item.at) }
            saves.append([item.change])
        }
        return saves
    }

    static func replay(_ saves: [[ProgressChange]], export: XAPIExport, bank: Bank, profile: String) -> (ProgressFile, [XAPIStatement]) {
        var progress = ProgressFile(profile: profile, createdAt: Fixtures.start)
        var queued: [XAPIStatement] = []
        for changes in saves {
            for change in changes { progress.apply(change) }
            queued += export.statements(for: changes, after: progress, bank: bank)
        }
        return (progress, queued)
    }

    @Test(arguments: XAPIExportTests.actors)
    func savesOfTheFixtureQueueTheWholeExport(actor: XAPIActor) throws {
        let bank = try XAPIExportTests.bundled.get()
        var fixture = try #require(try ProgressStore(fileURL: XAPIExportTests.fixtureURL).load())
        // As the app records them: each attempt carries the fingerprint of the bank it was taken on, this one.
        for index in fixture.trainingResults.indices { fixture.trainingResults[index].bankFingerprint = BankFingerprint.of(bank) }
        let export = XAPIExport(actor: actor)
        let (replayed, queued) = Self.replay(try Self.saves(replaying: fixture), export: export, bank: bank, profile: fixture.profile)
        #expect(replayed.answers == fixture.answers)
        let whole = export.statements(fixture, bank: bank)
        #expect(whole.count > 20)
        #expect(queued.map(\.id) == whole.map(\.id))
        // An answer of a training attempt that never got its result (the fixture's last one) is queued with the
        // fingerprint of the bank it was given on; the whole export, which reads it from the attempt's result, has
        // none for it. Everything else is the same.
        let finished = Set(fixture.trainingResults.map(\.session))
        let unfinished = Set(fixture.answers.filter { $0.mode == "train" && !finished.contains($0.session) }.map(\.session))
        #expect(!unfinished.isEmpty)
        let fingerprintKey = XAPIExtension.bankFingerprint.iri(export.activityBase)
        let sessionKey = XAPIExtension.session.iri(export.activityBase)
        var withoutIt = queued
        for index in withoutIt.indices {
            guard case .string(let session)? = withoutIt[index].context?.extensions?.values[sessionKey], unfinished.contains(session) else { continue }
            #expect(withoutIt[index].context?.extensions?.values[fingerprintKey] == .string(BankFingerprint.of(bank)))
            withoutIt[index].context?.extensions?.values[fingerprintKey] = nil
        }
        #expect(withoutIt == whole)
    }

    /// A generated history: practice answers, an exam asking the same question twice (saved at one moment, told
    /// apart by their order), and training answers saved one by one, the last with its module result (the fixture's
    /// replay covers completions).
    @Test func aGeneratedHistoryQueuesTheWholeExport() throws {
        let bank = try XAPIExportTests.bundled.get()
        let export = XAPIExport(actor: .mbox("mailto:ada@example.com"))
        let questions = Array(bank.questions.prefix(6))
        let fixture = try #require(try ProgressStore(fileURL: XAPIExportTests.fixtureURL).load())
        let examRecord = try #require(fixture.exams.first)
        var generator = SeededGenerator(seed: 7)
        var clock = examRecord.finishedAt - 5_000
        func tick() -> Date {
            clock += Double(Int.random(in: 1...90, using: &generator))
            return clock
        }
        func outcome(_ question: Question, at: Date) -> AnswerOutcome {
            let right = Bool.random(using: &generator)
            let chosen = right ? question.correctIndices.sorted() : [question.choices.indices.first { !question.correctIndices.contains($0) }!]
            return AnswerOutcome(questionID: question.id, topic: question.topic, chosen: chosen, isCorrect: right, seconds: 4.5, answeredAt: at)
        }
        var saves: [[ProgressChange]] = questions.map { [.answer(outcome($0, at: tick()), sessionID: "practice-1", mode: .practice)] }
        let examAt = examRecord.finishedAt
        clock = examAt
        let examQuestions = [questions[0], questions[1], questions[0]]
        var exam: [ProgressChange] = examQuestions.map { .answer(outcome($0, at: examAt), sessionID: examRecord.id, mode: .exam) }
        exam.append(.exam(examRecord))
        saves.append(exam)
        let module = try #require(bank.trainingModules.first)
        let moduleQuestions = Array(module.questions.prefix(2))
        for question in moduleQuestions.dropLast() { saves.append([.answer(outcome(question, at: tick()), sessionID: "train-1", mode: .train)]) }
        let finished = tick()
        saves.append([
            .answer(outcome(moduleQuestions.last!, at: finished), sessionID: "train-1", mode: .train),
            .moduleResult(ModuleResult(
                moduleID: module.id, title: module.title, correct: 1, total: 2, passMark: PassMark(percent: 80)!, testedOut: false,
                startedAt: finished - 120, finishedAt: finished, session: "train-1", bankFingerprint: BankFingerprint.of(bank),
                questionIds: moduleQuestions.map(\.id)
            )),
        ])
        let (progress, queued) = Self.replay(saves, export: export, bank: bank, profile: "ada")
        let whole = export.statements(progress, bank: bank)
        #expect(whole.count == questions.count + 4 + 2 + 2, "a module result is passed or failed, and completed")
        #expect(Set(whole.map(\.id)).count == whole.count, "the exam's two answers to one question have two ids")
        #expect(queued == whole)
    }

    @Test func anAssessmentAloneQueuesNothing() throws {
        let bank = try XAPIExportTests.bundled.get()
        let fixture = try #require(try ProgressStore(fileURL: XAPIExportTests.fixtureURL).load())
        guard let assessment = fixture.assessments.first else { return }
        var progress = ProgressFile(profile: "ada", createdAt: Fixtures.start)
        progress.apply(.assessment(assessment))
        #expect(XAPIExport(actor: .profileAccount("ada")).statements(for: [.assessment(assessment)], after: progress, bank: bank).isEmpty)
    }
}
