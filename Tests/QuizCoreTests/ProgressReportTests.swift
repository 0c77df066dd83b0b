import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// The learner's report: every section, as data and as text, on progress files built in code.
@Suite struct ProgressReportTests {
    typealias F = ReportFixtures

    func report(_ progress: ProgressFile, at seconds: Double = 0) -> ProgressReport {
        ProgressReport(progress: progress, bank: F.bank, file: "/data/profiles/ada.json", now: Fixtures.at(seconds))
    }

    @Test func answersCountPerServiceModelFromTheBankAndTheRestInTheTotalsOnly() {
        let progress = F.progress(answers: [
            F.answer("t.owner", topic: "services"), F.answer("t.owner", topic: "services", correct: false),
            F.answer("t.container", topic: "services"), F.answer("t.scenario.who"), F.answer("t.single"),
            F.answer("retired.question", topic: "retired", correct: false), F.answer("retired.other", topic: "retired"),
        ])
        let report = report(progress)
        #expect(report.answered == 7)
        #expect(report.correct == 5)
        #expect(report.serviceModels.lines.map(\.id) == ["infrastructure", "container", "abstracted"])
        #expect(report.serviceModels.lines.map(\.title) == ["Infrastructure services", "Container services", "Abstracted services"])
        #expect(report.serviceModels.lines.map(\.answered) == [2, 1, 1])
        #expect(report.serviceModels.lines.map(\.accuracy) == [0.5, 1, 1])
        #expect(report.serviceModels.answersWithoutServiceModel == 1)
        #expect(report.serviceModels.answersNotInBank == 2)
        let text = report.text(unicode: true)
        #expect(text.contains("Infrastructure services         2        1       50%\n"))
        #expect(text.contains("1 answer about no one service model counts in the totals only.\n"))
        #expect(text.contains("2 answers to questions no longer in the bank count in the totals only.\n"))
    }

    @Test func aModelWithoutAnswersHasNoAccuracy() {
        let report = report(F.progress(answers: [F.answer("t.owner", topic: "services")]))
        #expect(report.serviceModels.lines.map(\.accuracy) == [1, nil, nil])
        #expect(report.text(unicode: true).contains("Container services              0        0         -\n"))
    }

    /// Twelve sessions of four answers; the two that began first are written last in the file.
    static func twelveSessions() -> ProgressFile {
        let rightPerSession = [0, 1, 2, 3, 4, 4, 3, 2, 1, 0]
        var answers: [AnswerRecord] = []
        for (index, right) in rightPerSession.enumerated() {
            for position in 0..<4 {
                answers.append(F.answer(
                    "t.owner", topic: "services", correct: position < right, at: Double(index + 2) * 3600 + Double(position),
                    session: "late-\(index)", mode: index == 4 ? "exam" : "practice"
                ))
            }
        }
        for index in 0..<2 {
            answers.append(F.answer("t.single", at: Double(index) * 3600, session: "early-\(index)"))
        }
        return F.progress(answers: answers)
    }

    @Test func theTrendIsTheLastTenSessionsByTimeAsASparkline() {
        let trend = report(Self.twelveSessions()).trend
        #expect(trend.sessionsInAll == 12)
        #expect(trend.sessions.map(\.id) == (0..<10).map { "late-\($0)" })
        #expect(trend.sessions.map(\.accuracy) == [0, 0.25, 0.5, 0.75, 1, 1, 0.75, 0.5, 0.25, 0])
        #expect(trend.sessions.map(\.answered) == Array(repeating: 4, count: 10))
        #expect(trend.sessions[4].mode == "exam")
        #expect(trend.sessions[0].startedAt == Fixtures.at(7200))
        #expect(trend.sparkline(unicode: true) == "▁▃▅▆██▆▅▃▁")
        #expect(trend.sparkline(unicode: false) == "_-=+##+=-_")
    }

    @Test func theTrendInTextGivesTheNumbersToo() {
        let text = report(Self.twelveSessions()).text(unicode: false)
        #expect(text.contains("Trend: accuracy in the last 10 of 12 sessions, oldest first  _-=+##+=-_\n"))
        #expect(text.contains("  2027-01-15 10:00  practice  0 of 4    0%\n"))
        #expect(text.contains("  2027-01-15 14:00  exam      4 of 4  100%\n"))
        #expect(!text.contains("▁"))
    }

    struct SparklineCase: Sendable {
        let fractions: [Double]
        let unicode: String
        let ascii: String
    }

    static let sparklineCases: [SparklineCase] = [
        SparklineCase(fractions: [0, 0.5, 1], unicode: "▁▅█", ascii: "_=#"),
        SparklineCase(fractions: [1.0 / 7, 2.0 / 7, 3.0 / 7, 4.0 / 7, 5.0 / 7, 6.0 / 7], unicode: "▂▃▄▅▆▇", ascii: ".-:=+*"),
        SparklineCase(fractions: [-0.5, 1.5, .nan], unicode: "▁█▁", ascii: "_#_"),
        SparklineCase(fractions: [], unicode: "", ascii: ""),
    ]

    @Test(arguments: sparklineCases)
    func sparklineLevels(_ example: SparklineCase) {
        #expect(Sparkline.draw(example.fractions, unicode: true) == example.unicode)
        #expect(Sparkline.draw(example.fractions, unicode: false) == example.ascii)
    }

    @Test func examsAreListedWithTheirEstimatesAndTheBestIsTheHighestLatest() throws {
        var progress = F.progress()
        for exam in [
            try F.exam("first", correct: 50, of: 65, finishedAt: 1000), try F.exam("fail", correct: 30, of: 65, finishedAt: 2000),
            try F.exam("again", correct: 50, of: 65, finishedAt: 3000),
        ] { progress.apply(.exam(exam)) }
        let exams = report(progress).exams
        #expect(exams.taken.map(\.id) == ["first", "fail", "again"])
        #expect(exams.taken.map(\.scaledEstimate) == [792, 515, 792])
        #expect(exams.taken.map(\.passed) == [true, false, true])
        #expect(exams.taken[1].score == 30.0 / 65)
        #expect(exams.best?.id == "again")
        let text = report(progress).text(unicode: true)
        #expect(text.contains("Exams (scaled scores are estimates: AWS does not publish its scaling)\n"))
        #expect(text.contains("  2027-01-15 08:33  30 of 65  46%  515 estimated  fail 60:00 used, submitted\n"))
        #expect(text.contains("  Best: 2027-01-15 08:50  50 of 65  77%  792 estimated  pass\n"))
    }

    @Test func theLatestSelfAssessmentIsReportedWithItsCalibration() throws {
        var progress = F.progress(answers: [
            F.answer("t.single", session: "assess-1", mode: "assess", confidence: .sure),
            F.answer("t.single", correct: false, at: 1, session: "assess-1", mode: "assess", confidence: .sure),
            F.answer("t.owner", topic: "services", at: 10, session: "assess-2", mode: "assess", confidence: .sure),
            F.answer("t.single", correct: false, at: 11, session: "assess-2", mode: "assess", confidence: .sure),
            F.answer("t.single", at: 12, session: "assess-2", mode: "assess", confidence: .guessing),
            F.answer("t.single", correct: false, at: 13, session: "p", mode: "practice"),
        ])
        #expect(report(progress).latestAssessment == nil)
        #expect(report(progress).text(unicode: true).contains("Self-assessment: none taken yet.\n"))
        progress.apply(.assessment(AssessmentRecord(session: "assess-1", startedAt: Fixtures.start, finishedAt: Fixtures.at(2), questions: 2)))
        progress.apply(.assessment(AssessmentRecord(session: "assess-2", startedAt: Fixtures.at(9), finishedAt: Fixtures.at(60), questions: 3)))
        let latest = try #require(report(progress).latestAssessment)
        #expect(latest.session == "assess-2")
        #expect(latest.answered == 3)
        #expect(latest.correct == 2)
        #expect(latest.calibration.map(\.answered) == [2, 0, 1])
        #expect(latest.calibration.map(\.wrong) == [1, 0, 0])
        #expect(latest.calibration.map(\.accuracy) == [0.5, nil, 1])
        #expect(latest.luckyGuesses == 1)
        let text = report(progress).text(unicode: true)
        #expect(text.contains("Latest self-assessment 2027-01-15 08:01: 2 of 3 right (67%)\n"))
        #expect(text.contains("  Sure      1 of 2 right (50%), 1 wrong\n"))
        #expect(text.contains("  Unsure    no answers\n"))
        #expect(text.contains("  1 right answer was a guess.\n"))
        let json = report(progress).json()
        #expect(json.contains("\"latestAssessment\" : {"))
        #expect(json.contains("\"luckyGuesses\" : 1"))
    }

    @Test func noExamsYet() {
        let report = report(F.progress())
        #expect(report.exams.best == nil)
        #expect(report.text(unicode: true).contains("Exams: none taken yet.\n"))
    }

    @Test func completedTrainingGivesTheDateTheMeanScoreAndTheShortFingerprint() {
        var progress = F.progress()
        F.completedTraining(&progress)
        let training = report(progress).training
        #expect(training.modulesTotal == 2)
        #expect(training.modulesPassed == 2)
        #expect(training.modulesRemaining.isEmpty)
        #expect(training.completed)
        #expect(training.completedAt == Fixtures.at(300))
        #expect(training.score == TrainingScore(correct: 6, total: 7), "pooled: 4 of 5 and 2 of 2")
        #expect(training.passMark == 0.8)
        #expect(training.bankFingerprint == F.fingerprint)
        #expect(report(progress).text(unicode: true).contains("""
            Training
              Completed 2027-01-15 08:05 at a pass mark of 80%, training score 85.7%
              (6 of 7 right), on the bank with fingerprint 0123456789ab.
              2 of 2 modules passed.

            """))
    }

    @Test func incompleteTrainingSaysWhichModulesRemain() {
        var progress = F.progress()
        progress.apply(.moduleResult(TrainingFixtures.result(TrainingFixtures.basics, correct: 3, at: 100)))
        progress.apply(.moduleResult(TrainingFixtures.result(TrainingFixtures.data, correct: 2, at: 200)))
        let training = report(progress).training
        #expect(!training.completed)
        #expect(training.completedAt == nil)
        #expect(training.modulesPassed == 1)
        #expect(training.modulesRemaining.map(\.title) == ["Basics"])
        #expect(report(progress).text(unicode: true).contains("""
            Training
              Not completed.
              1 of 2 modules passed; still to pass:
                Basics

            """))
    }

    @Test func cardsDueAtAFixedMomentAmongTheBanksQuestions() {
        let progress = F.progress(answers: [
            F.answer("t.owner", topic: "services", correct: false), F.answer("t.single"),
            F.answer("retired.question", topic: "retired", correct: false), F.answer("t.container", topic: "services", mode: "cram"),
        ])
        let review = report(progress, at: 300).review
        #expect(review.cards == 2)
        #expect(review.dueNow == 1)
        #expect(review.nextDueAt == Fixtures.at(600))
        #expect(report(progress, at: 300).text(unicode: true).contains("Review: 1 of 2 cards due now; the next comes due 2027-01-15 08:10.\n"))
        #expect(report(progress, at: 601).review.dueNow == 2)
        #expect(report(progress, at: 601).review.nextDueAt == nil)
    }

    @Test func theScheduleGivenIsTheOneCounted() {
        let progress = F.progress(answers: [F.answer("t.owner", topic: "services", correct: false)])
        let nothingDue = ReviewSchedule(answers: [])
        let report = ProgressReport(progress: progress, bank: F.bank, file: "-", now: Fixtures.at(300), schedule: nothingDue)
        #expect(report.review.cards == 0)
        #expect(report.text(unicode: true).contains("Review: nothing to review yet.\n"))
    }

    @Test func theJSONHasEveryKeyDatesInUTCWithMillisecondsAndRoundTrips() throws {
        let report = report(F.progress(answers: [F.answer("t.owner", topic: "services", at: 0.25)]), at: 10)
        let json = report.json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == [
            "profile", "progressFile", "generatedAt", "answered", "correct", "accuracy", "questionsSeen", "topics",
            "examTasks", "serviceModels", "trend", "exams", "training", "review", "latestAssessment", "readiness",
        ])
        #expect(object["latestAssessment"] is NSNull)
        #expect(object["generatedAt"] as? String == "2027-01-15T08:00:10.000Z")
        let exams = try #require(object["exams"] as? [String: Any])
        #expect(exams["best"] is NSNull)
        let training = try #require(object["training"] as? [String: Any])
        #expect(training["completedAt"] is NSNull)
        #expect(training["bankFingerprint"] is NSNull)
        let topics = try #require(object["topics"] as? [[String: Any]])
        #expect(topics[0]["accuracy"] is NSNull)
        #expect(topics[1]["accuracy"] as? Double == 1)
        let trend = try #require(object["trend"] as? [String: Any])
        let session = try #require((trend["sessions"] as? [[String: Any]])?.first)
        #expect(session["startedAt"] as? String == "2027-01-15T08:00:00.250Z")
        let review = try #require(object["review"] as? [String: Any])
        #expect(review["nextDueAt"] as? String == "2027-01-15T08:10:00.250Z")
        #expect(try ProgressCoding.decoder().decode(ProgressReport.self, from: Data(json.utf8)) == report)
    }

    @Test func theTextFitsEightyColumnsCuttingLongTitles() {
        let long = String(repeating: "Very long topic title ", count: 5)
        let bank = Bank(topics: [Topic(id: "basics", title: long)], questions: [Fixtures.single], trainingModules: [TrainingFixtures.data])
        var progress = Self.twelveSessions()
        F.completedTraining(&progress)
        for unicode in [true, false] {
            let text = ProgressReport(progress: progress, bank: bank, file: "/p.json", now: Fixtures.start).text(unicode: unicode)
            let lines = text.split(separator: "\n")
            #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.filter { $0.count > 80 })")
            #expect(text.contains(unicode ? "Very long topic title Very long topic title Very l…" : "Very long topic title Very long topic title Very..."))
        }
    }

    @Test func controlCharactersFromTheFileAreNotPrinted() {
        let progress = F.progress("ada\u{1B}[2J", answers: [F.answer("t.single", session: "s", mode: "prac\u{7}tice")])
        let text = report(progress).text(unicode: true)
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("\u{7}"))
        #expect(text.hasPrefix("Profile ada?[2J\n"))
    }
}
