import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// One profile through every output (report text, JSON and CSV; team report text, JSON and CSV; export CSV and
/// xAPI): each figure must come out the same everywhere (see "What the figures mean" in the README).
@Suite struct FiguresAcrossOutputsTests {
    typealias F = ReportFixtures

    /// The training: Basics passed at 4 of 5, Your data at 2 of 2, so the training score is 6 of 7 (85.7%), not
    /// the mean of the module scores (90%).
    static let trainingCorrect = 6
    static let trainingTotal = 7

    static let answeredAt = [
        "2027-01-15T08:00:16.545Z", "2027-01-15T08:01:03.123Z", "2027-01-15T08:02:44.009Z", "2027-01-15T08:03:12.287Z",
    ]
    static let examFinishedAt = "2027-01-15T09:00:31.577Z"
    static let drillAt = "2027-01-15T10:00:07.291Z"
    static let basicsPassedAt = "2027-01-15T11:00:05.353Z"
    static let dataPassedAt = "2027-01-15T11:10:08.861Z"
    static let completedAt = "2027-01-15T11:10:09.415Z"

    static func answer(
        _ id: String, topic: String = "basics", correct: Bool, chosen: [Int] = [1], at: String, session: String, mode: String,
        credit: Double? = nil
    ) -> String {
        let creditField = credit.map { ", \"credit\": \($0)" } ?? ""
        return """
            {"questionId": "\(id)", "topic": "\(topic)", "chosen": \(chosen), "correct": \(correct), "seconds": 4.2,
             "answeredAt": "\(at)", "session": "\(session)", "mode": "\(mode)"\(creditField)}
            """
    }

    static func module(_ module: TrainingModule, correct: Int, passedAt: String) -> String {
        """
        {"moduleId": "\(module.id)", "title": "\(module.title)", "correct": \(correct), "total": \(module.questionCount),
         "score": \(Double(correct) / Double(module.questionCount)), "passMark": 0.8, "passed": true, "testedOut": false,
         "startedAt": "2027-01-15T10:59:00.000Z", "finishedAt": "\(passedAt)", "session": "train-\(module.id)",
         "bankFingerprint": "\(F.fingerprint)", "questionIds": []}
        """
    }

    static func completedModule(_ module: TrainingModule, correct: Int, passedAt: String) -> String {
        """
        {"id": "\(module.id)", "title": "\(module.title)", "correct": \(correct), "total": \(module.questionCount),
         "score": \(Double(correct) / Double(module.questionCount)), "passedAt": "\(passedAt)", "testedOut": false}
        """
    }

    /// Practice (one right, one wrong), an exam that timed out with 4 of its 10 questions answered (1 right), a
    /// drill with one cell right and one half right (Shared answered Customer), and a completed training.
    static let progressText: String = {
        let basics = TrainingFixtures.basics
        let data = TrainingFixtures.data
        let answers = [
            answer("t.single", correct: true, at: answeredAt[0], session: "practice-1", mode: "practice"),
            answer("t.owner", topic: "services", correct: false, at: answeredAt[1], session: "practice-1", mode: "practice"),
            answer("t.single", correct: true, at: examFinishedAt, session: "exam-1", mode: "exam"),
            answer("t.owner", topic: "services", correct: false, at: examFinishedAt, session: "exam-1", mode: "exam"),
            answer("t.container", topic: "services", correct: false, at: examFinishedAt, session: "exam-1", mode: "exam"),
            answer("t.scenario.who", correct: false, at: examFinishedAt, session: "exam-1", mode: "exam"),
            answer("matrix.owner.s3.encryption-at-rest", topic: MatrixQuestions.topic, correct: false, at: drillAt, session: "drill-1", mode: "drill", credit: 0.5),
            answer("matrix.owner.ec2.physical-security", topic: MatrixQuestions.topic, correct: true, chosen: [0], at: drillAt, session: "drill-1", mode: "drill"),
            answer("t.owner", topic: "services", correct: true, at: answeredAt[2], session: "practice-2", mode: "practice"),
            answer("t.container", topic: "services", correct: true, at: answeredAt[3], session: "practice-2", mode: "practice"),
        ]
        let scaled = ScaledScore.estimate(correct: 1, total: 10)
        return """
            {"format": "srm-quiz-progress", "schemaVersion": 2, "journalSequence": 0, "profile": "ada",
             "createdAt": "2027-01-15T07:00:00.000Z", "updatedAt": "\(completedAt)",
             "answers": [\(answers.joined(separator: ",\n"))],
             "questions": {},
             "exams": [{"id": "exam-1", "startedAt": "2027-01-15T07:30:31.577Z", "finishedAt": "\(examFinishedAt)", "questions": 10,
                        "correct": 1, "scaledEstimate": \(scaled), "passed": false, "secondsUsed": 5400, "howEnded": "timeExpired",
                        "topics": [{"topic": "basics", "correct": 1, "total": 10, "meets": false}]}],
             "trainingResults": [\(module(basics, correct: 4, passedAt: basicsPassedAt)), \(module(data, correct: 2, passedAt: dataPassedAt))],
             "completions": [{"profile": "ada", "completedAt": "\(completedAt)", "passMark": 0.8, "bankFingerprint": "\(F.fingerprint)",
                              "modules": [\(completedModule(basics, correct: 4, passedAt: basicsPassedAt)),
                                          \(completedModule(data, correct: 2, passedAt: dataPassedAt))]}]}
            """
    }()

    /// Answers 10, credit 1 + 1 + 0.5 + 1 + 1 + 1 = 5.5.
    static let answered = 10
    static let credit = 5.5

    struct Outputs {
        let reportText: String
        let reportJSON: JSONDocument
        let reportCSV: [[String]]
        let teamText: String
        let teamJSON: JSONDocument
        let teamCSV: [[String]]
        let completionCSV: [[String]]
        let xapi: [JSONDocument]
    }

    func outputs() throws -> Outputs {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("figures-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("ada.json")
        try Data(Self.progressText.utf8).write(to: file)
        let progress = try #require(try ProgressStore(fileURL: file).load())
        let bank = F.bank
        let report = ProgressReport(progress: progress, bank: bank, file: file.path, now: Fixtures.at(86_400 * 400))
        let team = TeamReport(try TeamDirectory.read(directory), bank: bank)
        let xapi = XAPIExport(actor: .profileAccount("ada")).jsonLines(progress, bank: bank)
        return Outputs(
            reportText: report.text(unicode: true), reportJSON: try JSONDocument.parse(report.json()),
            reportCSV: try DelimitedTextParser.parse(AnswerCSV.csv(progress, bank: bank), separator: ","),
            teamText: team.text(unicode: true), teamJSON: try JSONDocument.parse(team.json()),
            teamCSV: try DelimitedTextParser.parse(team.csv(), separator: ","),
            completionCSV: try DelimitedTextParser.parse(
                CompletionCSV.text(progress.completions, trainingOrder: bank.trainingModules.map(\.id)), separator: ","
            ),
            xapi: try xapi.split(separator: "\n").map { try JSONDocument.parse(String($0)) }
        )
    }

    /// The value of `column` in each data row of a CSV table.
    func column(_ table: [[String]], _ name: String) throws -> [String] {
        let index = try #require(table.first?.firstIndex(of: name), "no column \(name) in \(table.first ?? [])")
        return table.dropFirst().map { $0[index] }
    }

    func statements(_ all: [JSONDocument], verb: String) -> [JSONDocument] {
        all.filter { $0["verb"]?["id"]?.string?.hasSuffix("/\(verb)") == true }
    }

    @Test func theTrainingScoreIsPooledAndTheSameInEveryOutput() throws {
        let out = try outputs()
        let fraction = Double(Self.trainingCorrect) / Double(Self.trainingTotal)
        #expect(out.reportText.contains("training score 85.7%\n  (6 of 7 right)"), "\(out.reportText)")
        #expect(out.reportJSON["training"]?["score"]?["fraction"]?.number == fraction)
        #expect(out.reportJSON["training"]?["score"]?["correct"]?.number == 6)
        #expect(out.reportJSON["training"]?["score"]?["total"]?.number == 7)
        let teamRow = try #require(out.teamText.split(separator: "\n").first { $0.hasPrefix("ada ") })
        #expect(teamRow.contains("85.7%"), "\(teamRow)")
        #expect(out.teamJSON["learners"]?[0]?["trainingScore"]?["fraction"]?.number == fraction)
        #expect(try column(out.teamCSV, "trainingScore").map { Double($0) } == [fraction])
        #expect(try column(out.completionCSV, "scorePercent") == ["85.7"])
        #expect(try column(out.completionCSV, "correct") == ["6"])
        #expect(try column(out.completionCSV, "total") == ["7"])
        let completion = try #require(statements(out.xapi, verb: "completed").first { $0["object"]?["id"] == .string("urn:srm-quiz:course") })
        #expect(completion["result"]?["score"]?["scaled"]?.number == fraction)
        #expect(completion["result"]?["score"]?["raw"]?.number == 6)
        #expect(completion["result"]?["score"]?["max"]?.number == 7)
    }

    @Test func everyTimestampIsTheProgressFilesToTheMillisecond() throws {
        let out = try outputs()
        #expect(try column(out.reportCSV, "answeredAt") == [
            Self.answeredAt[0], Self.answeredAt[1], Self.examFinishedAt, Self.examFinishedAt, Self.examFinishedAt, Self.examFinishedAt,
            Self.drillAt, Self.drillAt, Self.answeredAt[2], Self.answeredAt[3],
        ])
        #expect(out.reportJSON["training"]?["completedAt"]?.string == Self.completedAt)
        #expect(out.reportJSON["exams"]?["best"]?["finishedAt"]?.string == Self.examFinishedAt)
        #expect(out.teamJSON["learners"]?[0]?["completedAt"]?.string == Self.completedAt)
        #expect(try column(out.teamCSV, "completedAt") == [Self.completedAt])
        #expect(try column(out.completionCSV, "completedAt") == [Self.completedAt])
        #expect(try column(out.completionCSV, "t.basics passedAt") == [Self.basicsPassedAt])
        #expect(try column(out.completionCSV, "t.data passedAt") == [Self.dataPassedAt])
        let stamps = Set(out.xapi.compactMap { $0["timestamp"]?.string })
        let expected = Set(Self.answeredAt + [Self.examFinishedAt, Self.drillAt, Self.basicsPassedAt, Self.dataPassedAt, Self.completedAt])
        #expect(stamps == expected)
    }

    @Test func theExamIsScoredOverAllItsQuestionsEverywhere() throws {
        let out = try outputs()
        let scaled = ScaledScore.estimate(correct: 1, total: 10)
        let examLines = out.reportText.split(separator: "\n").filter { $0.contains("2027-01-15 09:00") }
        #expect(examLines.count == 3, "the trend's session, the exam and the best: \(examLines)")
        #expect(examLines.allSatisfy { $0.contains("1 of 10") }, "\(examLines)")
        #expect(!out.reportText.contains("1 of 4"))
        let session = try #require(out.reportJSON["trend"]?["sessions"]?.array?.first { $0["id"]?.string == "exam-1" })
        #expect(session["correct"]?.number == 1)
        #expect(session["answered"]?.number == 10)
        #expect(session["accuracy"]?.number == 0.1)
        #expect(out.reportJSON["exams"]?["best"]?["score"]?.number == 0.1)
        #expect(out.reportJSON["exams"]?["best"]?["scaledEstimate"]?.number == Double(scaled))
        #expect(out.teamJSON["learners"]?[0]?["examBestScaledEstimate"]?.number == Double(scaled))
        #expect(try column(out.teamCSV, "examBestScaledEstimate") == [String(scaled)])
        let exam = try #require(statements(out.xapi, verb: "failed").first { $0["object"]?["id"]?.string?.hasSuffix(":exam") == true })
        #expect(exam["result"]?["score"]?["raw"]?.number == 1)
        #expect(exam["result"]?["score"]?["max"]?.number == 10)
        #expect(exam["result"]?["score"]?["scaled"]?.number == Double(scaled - ScaledScore.lowest) / Double(ScaledScore.highest - ScaledScore.lowest))
    }

    @Test func aHalfRightDrillCellIsHalfACreditEverywhere() throws {
        let out = try outputs()
        let accuracy = Self.credit / Double(Self.answered)
        #expect(out.reportText.contains("Answered 10, correct 5.5, accuracy 55%"), "\(out.reportText)")
        #expect(out.reportJSON["correct"]?.number == Self.credit)
        #expect(out.reportJSON["accuracy"]?.number == accuracy)
        let drill = try #require(out.reportJSON["trend"]?["sessions"]?.array?.first { $0["id"]?.string == "drill-1" })
        #expect(drill["correct"]?.number == 1.5)
        #expect(drill["accuracy"]?.number == 0.75)
        #expect(try column(out.reportCSV, "credit") == ["1", "0", "1", "0", "0", "0", "0.5", "1", "1", "1"])
        #expect(try column(out.reportCSV, "correct")[6] == "false", "right only at full credit")
        #expect(out.teamJSON["learners"]?[0]?["correct"]?.number == Self.credit)
        #expect(out.teamJSON["learners"]?[0]?["accuracy"]?.number == accuracy)
        #expect(try column(out.teamCSV, "correct") == ["5.5"])
        #expect(try column(out.teamCSV, "accuracy").map { Double($0) } == [accuracy])
        let drillAnswers = statements(out.xapi, verb: "answered").filter { $0["timestamp"]?.string == Self.drillAt }
        #expect(drillAnswers.compactMap { $0["result"]?["score"]?["scaled"]?.number }.sorted() == [0.5, 1])
        #expect(drillAnswers.compactMap { $0["result"]?["score"]?["raw"]?.number }.sorted() == [0.5, 1])
        #expect(drillAnswers.compactMap { $0["result"]?["success"]?.bool }.sorted { !$0 && $1 } == [false, true])
    }
}
