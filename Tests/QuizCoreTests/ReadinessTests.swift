import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport

/// Readiness: the estimate from memory cards and the first-sight prior, its range, the exam weights and the plan to
/// an exam day.
@Suite struct ReadinessTests {
    static let day = 86_400.0

    /// `count` three-choice questions of task 2.1 on one topic, then as many of 2.3 on another.
    static func bank(perTask count: Int) -> Bank {
        let questions = (0..<count).map { Fixtures.tagged("a\($0)", topic: "basics", task: "2.1") }
            + (0..<count).map { Fixtures.tagged("b\($0)", topic: "services", task: "2.3") }
        return Bank(topics: [Topic(id: "basics", title: "Basics"), Topic(id: "services", title: "Services")], questions: questions)
    }

    static func answer(_ id: String, correct: Bool = true, at seconds: Double) -> AnswerRecord {
        AnswerRecord(
            questionId: id, topic: id.hasPrefix("a") ? "basics" : "services", chosen: [0], correct: correct, seconds: 5,
            answeredAt: Fixtures.at(seconds), session: "s", mode: "practice"
        )
    }

    static func estimate(bank: Bank, weights: ExamWeights, answers: [AnswerRecord], at now: Date) -> ReadinessEstimate {
        Readiness.estimate(
            bank: bank, weights: weights, schedule: ReviewSchedule(answers: answers),
            firstSight: FirstSightTally(answers: answers, taskOf: bank.examTask(ofQuestion:)), at: now
        )
    }

    @Test func knownCardsGiveTheirRecallProbabilityAndTheVarianceOfTheirOutcomes() throws {
        let bank = Self.bank(perTask: 1)
        let weights = ExamWeights(questionCount: 2, inclusion: ["a0": 1, "b0": 1])
        let answers = [Self.answer("a0", at: 0), Self.answer("b0", at: 0)]
        // A first answer graded Good starts at stability w[2] days, when recall is 90% by FSRS's definition.
        let stability = FSRS.defaultParameters[2]
        let estimate = Self.estimate(bank: bank, weights: weights, answers: answers, at: Fixtures.at(stability * Self.day))
        #expect(abs(estimate.overall.expected - 0.9) < 1e-9)
        #expect(estimate.overall.answeredShare == 1)
        // Two certain draws: only the answers vary, 2 x 0.9 x 0.1, over two questions.
        let deviation = (2 * 0.9 * 0.1).squareRoot() / 2
        #expect(abs(estimate.overall.low - (0.9 - ScoreEstimate.rangeZ * deviation)) < 1e-9)
        #expect(estimate.overall.high == 1)
        #expect(estimate.tasks.map(\.id) == ["2.1", "2.3"])
        #expect(estimate.tasks.allSatisfy { abs($0.estimate.expected - 0.9) < 1e-9 && $0.estimate.questions == 1 })
        let later = Self.estimate(bank: bank, weights: weights, answers: answers, at: Fixtures.at(30 * Self.day))
        #expect(later.overall.expected < 0.9, "forgetting goes on")
    }

    @Test func noHistoryGivesThePriorWithAWideRange() {
        let bank = Self.bank(perTask: 10)
        let estimate = Self.estimate(bank: bank, weights: ExamWeights(bank: bank, questionCount: 10), answers: [], at: Fixtures.start)
        // Three choices: a third by guessing, and half of the rest known before any answer.
        #expect(abs(estimate.overall.expected - (1.0 / 3 + 2.0 / 3 * 0.5)) < 1e-9)
        #expect(estimate.overall.answeredShare == 0)
        #expect(estimate.overall.high - estimate.overall.low > 0.4)
        #expect(estimate.examQuestions == 10)
    }

    @Test func theRangeNarrowsAsFirstAnswersAccumulate() {
        let bank = Self.bank(perTask: 40)
        let weights = ExamWeights(bank: bank, questionCount: 20)
        let width = { (answered: Int) -> Double in
            // Every other first answer right, each on a different question, long enough ago that none is asked again
            // from memory alone: the prior carries the unanswered ones.
            let answers = (0..<answered).map { Self.answer("a\($0)", correct: $0 % 2 == 0, at: Double($0)) }
            let overall = Self.estimate(bank: bank, weights: weights, answers: answers, at: Fixtures.at(Self.day)).overall
            return overall.high - overall.low
        }
        #expect(width(2) > width(10))
        #expect(width(10) > width(30))
    }

    @Test func thePriorNeverFallsBelowGuessing() {
        var tally = FirstSightTally()
        for index in 0..<50 { tally.record(questionID: "q\(index)", task: ExamTask(id: "2.1"), credit: 0) }
        let prior = ReadinessPrior(firstSight: tally, chance: 0.25)
        #expect(prior.belief(for: ExamTask(id: "2.1")).mean >= 0.25)
        #expect(prior.belief(for: ExamTask(id: "2.1")).mean < 0.27)
    }

    @Test func firstSightCountsOnlyEachQuestionsFirstAnswer() {
        let answers = [Self.answer("a0", correct: false, at: 0), Self.answer("a0", at: 60), Self.answer("b0", at: 120)]
        let tally = FirstSightTally(answers: answers, taskOf: Self.bank(perTask: 1).examTask(ofQuestion:))
        #expect(tally.overall == ProgressTotals.Tally(answered: 2, correct: 1))
        #expect(tally.byTask[ExamTask(id: "2.1")!] == ProgressTotals.Tally(answered: 1, correct: 0))
    }

    @Test func examWeightsAreTheDrawsOwnShares() {
        let weights = ExamWeights(bank: Fixtures.taggedBank, questionCount: 3)
        #expect(weights.questionCount == 3)
        #expect(abs(weights.inclusion.values.reduce(0, +) - 3) < 1e-9)
        // Topics take turns: basics (three questions) and services (two) each give a question before either gives two.
        let basics = ["a", "b", "e"].compactMap { weights.inclusion[$0] }.reduce(0, +)
        #expect(basics >= 1 && basics <= 2)
    }

    @Test func theChanceOfGuessingFollowsTheKindOfQuestion() {
        #expect(ReadinessPrior.chance(of: Fixtures.single) == 1.0 / 3)
        #expect(ReadinessPrior.chance(of: Fixtures.multiple) == 1.0 / 6)
        #expect(ReadinessPrior.chance(of: Fixtures.owner) == 1.0 / 3)
    }

    static func plan(daysAhead: Int, bank: Bank, answers: [AnswerRecord], now: Date) -> ExamPlan {
        let weights = ExamWeights(bank: bank, questionCount: 10)
        let day = ExamDay(containing: now.addingTimeInterval(Double(daysAhead) * Self.day))
        return ExamPlan(
            day: day, bank: bank, weights: weights, schedule: ReviewSchedule(answers: answers),
            firstSight: FirstSightTally(answers: answers, taskOf: bank.examTask(ofQuestion:)), at: now
        )
    }

    @Test func reviewsADayFallAsTheExamDayMovesAway() {
        let bank = Self.bank(perTask: 15)
        let answers = (0..<12).map { Self.answer("a\($0)", correct: $0 % 3 != 0, at: Double($0) * 30) }
        let now = Fixtures.at(2 * Self.day)
        let plans = [1, 2, 7, 14, 30, 60, 120].map { Self.plan(daysAhead: $0, bank: bank, answers: answers, now: now) }
        let perDay = plans.map(\.reviewsPerDay)
        #expect(zip(perDay, perDay.dropFirst()).allSatisfy { $0 >= $1 }, "\(perDay)")
        #expect(plans.map(\.days) == [1, 2, 7, 14, 30, 60, 120])
    }

    @Test func anExamTomorrowAsksForMoreADayThanOneInSixtyDays() {
        let bank = Self.bank(perTask: 15)
        let answers = (0..<12).map { Self.answer("a\($0)", at: Double($0) * 30) }
        let now = Fixtures.at(2 * Self.day)
        let tomorrow = Self.plan(daysAhead: 1, bank: bank, answers: answers, now: now)
        let later = Self.plan(daysAhead: 60, bank: bank, answers: answers, now: now)
        #expect(tomorrow.newPerDay == 18)
        #expect(later.newPerDay == 1)
        #expect(tomorrow.reviewsPerDay > 3 * later.reviewsPerDay)
        #expect(later.expectedIfKept.expected > later.expectedWithoutStudy.expected)
        #expect(later.expectedIfKept.expected >= 0.85, "kept, each question is near the desired retention on the day")
        #expect(later.expectedIfKept.answeredShare == 1)
        #expect(Self.plan(daysAhead: 60, bank: bank, answers: answers, now: now) == later, "the same inputs give the same plan")
    }

    @Test func examDaysAreReadStrictlyAndCheckedAgainstToday() throws {
        #expect(ExamDay("2026-12-20")?.description == "2026-12-20")
        for bad in ["2026-02-30", "2026-13-01", "2026-1-01", "20261220", "next week", "2026-12-20T09:00", ""] {
            #expect(ExamDay(bad) == nil, "\(bad)")
        }
        let now = try #require(ISODate.date("2026-12-02T09:00:00.000Z"))
        #expect(ExamDay("2026-12-02")!.problem(at: now) == "2026-12-02 is today: give a day from 2026-12-03 to 2028-12-01")
        #expect(ExamDay("2026-11-30")!.problem(at: now)?.contains("is past") == true)
        #expect(ExamDay("2026-12-03")!.problem(at: now) == nil)
        #expect(ExamDay("2028-12-01")!.problem(at: now) == nil)
        #expect(ExamDay("2028-12-02")!.problem(at: now)?.contains("more than two years away") == true)
    }

    @Test func figuresWithAPassedExamDaySayWhyThereIsNoPlan() {
        let bank = Self.bank(perTask: 2)
        let figures = ReadinessFigures(
            bank: bank, schedule: ReviewSchedule(), firstSight: FirstSightTally(), examDay: ExamDay(containing: Fixtures.start), at: Fixtures.at(3 * Self.day)
        )
        #expect(figures.plan == nil)
        #expect(figures.planProblem?.contains("is past") == true)
        #expect(ReadinessText.plan(figures)?.contains("--exam-date") == true)
    }

    @Test func theReportCarriesReadinessAsTextAndJSON() throws {
        let bank = Self.bank(perTask: 5)
        var progress = ProgressFile(profile: "ada", createdAt: Fixtures.start)
        for index in 0..<4 { progress.record(Self.answer("a\(index)", correct: index != 0, at: Double(index) * 10)) }
        progress.examDate = ExamDay(containing: Fixtures.at(20 * Self.day)).description
        let report = ProgressReport(progress: progress, bank: bank, file: "/p/ada.json", now: Fixtures.at(Self.day))
        let text = report.text(unicode: true)
        #expect(text.contains("Readiness (an estimate)\n  The expected score on a 10-question mock exam taken now,"))
        #expect(text.contains("  Overall \(ReadinessText.score(report.readiness.estimate.overall)); 40% of the exam's questions answered before.\n"))
        #expect(text.contains("  2.3 Identify AWS access management capabilities"))
        #expect(text.contains("  Exam on 2027-02-04, 19 days left: about "))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= ProgressReport.textWidth })
        let json = try JSONDocument.parse(report.json())
        let readiness = try #require(json["readiness"])
        guard case .number(let expected)? = readiness["estimate"]?["overall"]?["expected"] else {
            Issue.record("no readiness.estimate.overall.expected in \(report.json())")
            return
        }
        #expect(abs(expected - report.readiness.estimate.overall.expected) < 1e-12)
        #expect(readiness["examDate"] == .string("2027-02-04"))
        #expect(readiness["planProblem"] == .null)
        guard case .number(let perDay)? = readiness["plan"]?["reviewsPerDay"] else {
            Issue.record("no plan in \(report.json())")
            return
        }
        #expect(perDay >= 1)
    }

    @Test func theReportWithoutAnExamDateHasNoPlanAndSaysSoInJSON() throws {
        let report = ProgressReport(progress: ProgressFile(profile: "ada", createdAt: Fixtures.start), bank: Self.bank(perTask: 2), file: "-", now: Fixtures.start)
        let json = try JSONDocument.parse(report.json())
        #expect(json["readiness"]?["plan"] == .null)
        #expect(json["readiness"]?["examDate"] == .null)
        #expect(!report.text(unicode: true).contains("Exam on"))
    }

    @Test func theProgressScreenOpensWithReadinessFromTheAnswersGivenAndThePlanToTheExamDay() {
        let bank = Self.bank(perTask: 3)
        let reducer = AppReducer(bank: bank)
        var state = AppState(screen: .home(highlighted: .progress), profile: "ada", totals: ProgressTotals(), sessionSize: 2, nextSeed: 1)
        state.examDay = ExamDay(containing: Fixtures.at(10 * Self.day))
        let outcome = AnswerOutcome(questionID: "a0", topic: "basics", chosen: [1], isCorrect: false, seconds: 4, answeredAt: Fixtures.start)
        reducer.count(outcome, sessionID: "s", mode: .practice, into: &state)
        #expect(state.firstSight.byTask[ExamTask(id: "2.1")!] == ProgressTotals.Tally(answered: 1, correct: 0))
        let opened = reducer.reduce(state, .homeEntryChosen(.progress), at: Fixtures.at(60)).0
        let readiness = opened.readiness
        #expect(readiness?.estimate.overall.answeredShare == 1.0 / 6)
        #expect(readiness?.estimate.at == Fixtures.at(60))
        #expect(readiness?.plan?.days == 10)
        #expect(readiness == ReadinessFigures(
            bank: bank, schedule: state.schedule, firstSight: state.firstSight, examDay: state.examDay, at: Fixtures.at(60)
        ))
    }

    @Test func aBankTheExamCannotDrawFromSaysThereIsNothingToEstimate() {
        let bank = Bank(topics: [Topic(id: "basics", title: "Basics")], questions: [])
        let figures = ReadinessFigures(bank: bank, schedule: ReviewSchedule(), firstSight: FirstSightTally(), examDay: nil, at: Fixtures.start)
        #expect(figures.estimate.examQuestions == 0)
        #expect(figures.estimate.tasks.isEmpty)
        #expect(ReadinessText.overall(figures.estimate) == "No mock exam can be drawn from this bank, so there is nothing to estimate.")
    }
}
