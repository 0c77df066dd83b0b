import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// The trainer's report: a row per learner from collected progress files, and how a directory is read.
@Suite struct TeamReportTests {
    typealias F = ReportFixtures

    static func learner(_ progress: ProgressFile) -> TeamDirectory.Learner {
        TeamDirectory.Learner(file: "/team/\(progress.profile).json", progress: progress)
    }

    /// Ada completed the training, took two exams and is weakest in Services; Bob only started.
    static func team() throws -> [TeamDirectory.Learner] {
        var ada = F.progress("ada", answers: [
            F.answer("t.single"), F.answer("t.single"), F.answer("t.single", correct: false), F.answer("t.single"),
            F.answer("t.owner", topic: "services"), F.answer("t.owner", topic: "services", correct: false),
            F.answer("t.owner", topic: "services", correct: false),
        ])
        F.completedTraining(&ada)
        ada.apply(.exam(try F.exam("e1", correct: 40, of: 65, finishedAt: 1000)))
        ada.apply(.exam(try F.exam("e2", correct: 52, of: 65, finishedAt: 2000)))
        var bob = F.progress("bob", answers: [F.answer("t.owner", topic: "services", correct: false), F.answer("t.single")])
        bob.apply(.moduleResult(TrainingFixtures.result(TrainingFixtures.data, correct: 2, at: 100)))
        bob.apply(.exam(try F.exam("e1", correct: 20, of: 65, finishedAt: 1000)))
        return [learner(ada), learner(bob), learner(F.progress("cy"))]
    }

    @Test func eachRowHasTrainingExamsAnswersAndTheWeakestTopic() throws {
        let rows = try Self.team().map { TeamRow($0, bank: F.bank) }
        #expect(rows.map(\.profile) == ["ada", "bob", "cy"])
        #expect(rows.map(\.trainingCompleted) == [true, false, false])
        #expect(rows.map(\.completedAt) == [Fixtures.at(300), nil, nil])
        #expect(rows.map(\.trainingScore) == [TrainingScore(correct: 6, total: 7), nil, nil])
        #expect(rows.map(\.modulesPassed) == [2, 1, 0])
        #expect(rows.map(\.examBestScaledEstimate) == [820, 377, nil])
        #expect(rows.map(\.examBestPassed) == [true, false, nil])
        #expect(rows.map(\.answered) == [7, 2, 0])
        #expect(rows.map(\.accuracy) == [4.0 / 7, 0.5, nil])
        #expect(rows.map(\.weakestTopic?.id) == ["services", nil, nil])
        #expect(rows[0].weakestTopic?.accuracy == 1.0 / 3)
    }

    @Test func theWeakestTopicNeedsThreeAnswersAndTiesGoToTheFirstInBankOrder() {
        let answers = [
            F.answer("t.single", correct: false), F.answer("t.single"), F.answer("t.single", correct: false),
            F.answer("t.owner", topic: "services", correct: false), F.answer("t.owner", topic: "services"),
            F.answer("t.owner", topic: "services", correct: false),
            F.answer("gone", topic: "retired", correct: false), F.answer("gone", topic: "retired", correct: false),
        ]
        let row = TeamRow(Self.learner(F.progress(answers: answers)), bank: F.bank)
        #expect(row.weakestTopic?.id == "basics")
    }

    @Test func theTextIsAnAlignedTableWithWhatTheColumnsMean() throws {
        let contents = TeamDirectory.Contents(
            directory: URL(fileURLWithPath: "/team"), learners: try Self.team(),
            skipped: [TeamDirectory.Skipped(file: "/team/x.json", problem: "damaged")]
        )
        #expect(TeamReport(contents, bank: F.bank).text(unicode: true) == """
            Learner  Trained  Completed   Score  Best exam  Answers  Right  Weakest topic
            ada      yes      2027-01-15  85.7%  820 pass         7    57%  Services
            bob      no       -             1/2  377 fail         2    50%  -
            cy       no       -             0/2  -                0      -  -

            3 learners in /team; 1 file skipped.
            Score: right answers over questions asked in the training, else modules passed.
            Best exam: scaled score estimate (AWS does not publish its scaling); pass: 700.
            Weakest topic: the lowest accuracy among topics with 3 answers or more.
            Dates are UTC.

            """)
    }

    @Test func aLongTopicTitleIsCutSoEveryRowFitsEightyColumns() throws {
        let longTitles = Bank(
            topics: F.bank.topics.map { Topic(id: $0.id, title: $0.title + ": who secures what, and where the line between the two moves") },
            questions: F.bank.questions
        )
        let contents = TeamDirectory.Contents(directory: URL(fileURLWithPath: "/team"), learners: try Self.team(), skipped: [])
        let lines = TeamReport(contents, bank: longTitles).text(unicode: true).split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.filter { $0.count > 80 })")
        #expect(lines[1].count == 80 && lines[1].hasSuffix("Services: who s…"))
    }

    @Test func theCSVHasARowPerLearnerAndEmptyFieldsForWhatIsNotThereYet() throws {
        let contents = TeamDirectory.Contents(directory: URL(fileURLWithPath: "/team"), learners: try Self.team(), skipped: [])
        #expect(TeamReport(contents, bank: F.bank).csv() == [
            "profile,file,trainingCompleted,completedAt,trainingScore,modulesPassed,modulesTotal,examBestScaledEstimate,examBestPassed,"
                + "answered,correct,accuracy,weakestTopic,weakestTopicTitle,weakestTopicAccuracy",
            "ada,/team/ada.json,true,2027-01-15T08:05:00.000Z,\(6.0 / 7),2,2,820,true,7,4,\(4.0 / 7),services,Services,\(1.0 / 3)",
            "bob,/team/bob.json,false,,,1,2,377,false,2,1,0.5,,,",
            "cy,/team/cy.json,false,,,0,2,,,0,0,,,,",
        ].map { $0 + "\r\n" }.joined())
    }

    @Test func theJSONKeepsEveryKeyAndTheSkippedFiles() throws {
        let contents = TeamDirectory.Contents(
            directory: URL(fileURLWithPath: "/team"), learners: try Self.team(),
            skipped: [TeamDirectory.Skipped(file: "/team/x.json", problem: "damaged")]
        )
        let object = try #require(try JSONSerialization.jsonObject(with: Data(TeamReport(contents, bank: F.bank).json().utf8)) as? [String: Any])
        let learners = try #require(object["learners"] as? [[String: Any]])
        #expect(learners.map { $0["profile"] as? String } == ["ada", "bob", "cy"])
        #expect(learners[0]["completedAt"] as? String == "2027-01-15T08:05:00.000Z")
        #expect(learners[2]["completedAt"] is NSNull)
        #expect(learners[2]["weakestTopic"] is NSNull)
        #expect(learners[2]["examBestScaledEstimate"] is NSNull)
        #expect((object["skipped"] as? [[String: String]]) == [["file": "/team/x.json", "problem": "damaged"]])
    }

    @Test func aDirectoryIsReadInFileNameOrderSkippingWhatIsNotAProgressFile() throws {
        let directory = try Fixtures.temporaryDirectory()
        try ProgressStore(fileURL: directory.appendingPathComponent("bob.json")).save(F.progress("bob"))
        try ProgressStore(fileURL: directory.appendingPathComponent("ada.json")).save(F.progress("ada"))
        try ProgressStore(fileURL: directory.appendingPathComponent("nested/cy.json")).save(F.progress("cy"))
        try Data("{}".utf8).write(to: directory.appendingPathComponent("ada.exam.json"))
        try Data(#"{"format": "srm-quiz-progress", "schemaVersion": 2, "answers": ["#.utf8).write(to: directory.appendingPathComponent("cut.json"))
        try Data(#"{"name": "other"}"#.utf8).write(to: directory.appendingPathComponent("other.json"))
        try Data(#"{"format": "srm-quiz-progress", "schemaVersion": 99}"#.utf8).write(to: directory.appendingPathComponent("new.json"))
        try Data("notes".utf8).write(to: directory.appendingPathComponent("notes.txt"))

        let contents = try TeamDirectory.read(directory)
        #expect(contents.directory == directory)
        #expect(contents.learners.map(\.progress.profile) == ["ada", "bob"])
        #expect(contents.skipped == [
            .init(file: directory.appendingPathComponent("ada.exam.json").path, problem: "a saved exam in progress, not a progress file"),
            .init(file: directory.appendingPathComponent("cut.json").path, problem: "progress file is damaged (not complete JSON, perhaps cut short)"),
            .init(
                file: directory.appendingPathComponent("new.json").path,
                problem: "progress file has schemaVersion 99, written by a newer srm-quiz (this one reads up to 2)"
            ),
            .init(
                file: directory.appendingPathComponent("other.json").path,
                problem: #"not an srm-quiz progress file (it has no "format": "srm-quiz-progress" field)"#
            ),
        ])
    }

    @Test func aDataDirectoryIsReadThroughItsProfilesFolder() throws {
        let directory = try Fixtures.temporaryDirectory()
        try ProgressStore(dataDirectory: directory, profile: try ProfileName("ada")).save(F.progress("ada"))
        let contents = try TeamDirectory.read(directory)
        #expect(contents.directory == directory)
        #expect(contents.learners.map(\.progress.profile) == ["ada"])
    }

    @Test func aMissingOrEmptyDirectoryIsAFailure() throws {
        let directory = try Fixtures.temporaryDirectory()
        #expect(throws: TeamDirectory.Failure.noProgressFiles(path: directory.path)) { try TeamDirectory.read(directory) }
        let missing = directory.appendingPathComponent("missing")
        #expect(throws: TeamDirectory.Failure.unreadable(path: missing.path, reason: "no such directory")) { try TeamDirectory.read(missing) }
    }
}
