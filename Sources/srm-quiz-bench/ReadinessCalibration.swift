import Foundation
import QuizCore

/// Measures how well readiness's predictions match outcomes: simulated learners whose memory is FSRS's own model
/// with parameters drawn for each of them (and a first-sight ability per exam task), random study histories, then a
/// next session drawn as a mock exam. The estimator sees only the answers, as the app does; the outcomes are drawn
/// from each learner's true model.
enum ReadinessCalibration {
    struct Band {
        let low: Double
        var predicted = 0.0
        var observed = 0.0
        var count = 0
    }

    struct Result {
        let learners: Int
        let sessionQuestions: Int
        var predictions = 0
        var brier = 0.0
        /// The Brier score of a plain rule: each question predicted at the learner's accuracy so far.
        var baselineBrier = 0.0
        var bands = (0..<10).map { Band(low: Double($0) / 10) }
        var sessionsInRange = 0
        var sessionsBelow = 0
        var sessionsAbove = 0
        var meanPredictedScore = 0.0
        var meanObservedScore = 0.0
        var meanRangeWidth = 0.0
    }

    static let tasks = ExamTask.securityDomain
    static let questionsPerTask = 40

    static func run(learners: Int, sessionQuestions: Int, seed: UInt64) -> Result {
        let bank = simulatedBank()
        let weights = ExamWeights(bank: bank, questionCount: sessionQuestions)
        var generator = SeededGenerator(seed: seed)
        var result = Result(learners: learners, sessionQuestions: sessionQuestions)
        for _ in 0..<learners {
            simulateLearner(bank: bank, weights: weights, into: &result, using: &generator)
        }
        let count = Double(max(1, result.predictions))
        result.brier /= count
        result.baselineBrier /= count
        result.meanPredictedScore /= Double(learners)
        result.meanObservedScore /= Double(learners)
        result.meanRangeWidth /= Double(learners)
        return result
    }

    /// Four exam tasks of 40 four-choice questions, one topic each.
    static func simulatedBank() -> Bank {
        let questions = tasks.flatMap { task in
            (0..<questionsPerTask).map { index in
                Question(
                    id: "sim.\(task.id).\(index)", kind: .single, topic: "task-\(task.id)", difficulty: .medium, serviceModel: nil,
                    prompt: "Question \(index) of task \(task.id)?",
                    choices: (0..<4).map { Choice(text: "Option \($0)", isCorrect: $0 == 0, why: "") },
                    explanation: "", sources: [], checked: "2026-12-01", examTask: task
                )
            }
        }
        return Bank(topics: tasks.map { Topic(id: "task-\($0.id)", title: $0.title) }, questions: questions)
    }

    private static func simulateLearner(bank: Bank, weights: ExamWeights, into result: inout Result, using generator: inout SeededGenerator) {
        let truth = randomScheduler(using: &generator)
        let firstSight = Dictionary(uniqueKeysWithValues: tasks.map { ($0, Double.random(in: 0.25...0.85, using: &generator)) })
        var trueCards: [String: Card] = [:]
        var answers: [AnswerRecord] = []
        let start = Date(timeIntervalSince1970: 1_780_000_000)
        let historyDays = Int.random(in: 3...60, using: &generator)
        let studyChance = Double.random(in: 0.2...0.9, using: &generator)
        var appSchedule = ReviewSchedule()
        for day in 0..<historyDays where Double.random(in: 0..<1, using: &generator) < studyChance {
            var moment = start.addingTimeInterval(Double(day) * 86_400 + Double.random(in: 6...22, using: &generator) * 3_600)
            let due = appSchedule.due(at: moment).map(\.questionID)
            let size = Int.random(in: 5...30, using: &generator)
            var asked = Array(due.prefix(size / 2))
            while asked.count < size { asked.append(bank.questions.randomElement(using: &generator)!.id) }
            for id in asked {
                let question = bank.question(id: id)!
                let chance = trueCards[id].flatMap { truth.recallProbability(of: $0, at: moment) } ?? firstSight[question.examTask!]!
                let right = Double.random(in: 0..<1, using: &generator) < chance
                trueCards[id] = truth.review(trueCards[id] ?? Card(due: moment), rating: right ? .good : .again, at: moment)
                let answer = AnswerRecord(
                    questionId: id, topic: question.topic, chosen: [right ? 0 : 1], correct: right, seconds: 8,
                    answeredAt: moment, session: "sim-\(day)", mode: "practice"
                )
                answers.append(answer)
                appSchedule.record(answer)
                moment = moment.addingTimeInterval(20)
            }
        }
        let lastStudy = answers.last?.answeredAt ?? start
        let sessionAt = lastStudy.addingTimeInterval(Double.random(in: 0.5...10, using: &generator) * 86_400)
        let tally = FirstSightTally(answers: answers, taskOf: bank.examTask(ofQuestion:))
        let prior = Readiness.prior(bank: bank, weights: weights, firstSight: tally)
        let predictions = Readiness.predictions(bank: bank, weights: weights, schedule: appSchedule, prior: prior, at: sessionAt)
        let estimate = Readiness.score(predictions, prior: prior)
        let chanceByID = Dictionary(uniqueKeysWithValues: predictions.map { ($0.questionID, $0.chance) })
        let accuracySoFar = answers.isEmpty ? 0.5 : Double(answers.count { $0.correct }) / Double(answers.count)
        let session = ExamBuilder.items(from: bank, count: result.sessionQuestions, seed: generator.next())
        var right = 0.0
        for item in session {
            let id = item.question.id
            let chance = trueCards[id].flatMap { truth.recallProbability(of: $0, at: sessionAt) } ?? firstSight[item.question.examTask!]!
            let outcome: Double = Double.random(in: 0..<1, using: &generator) < chance ? 1 : 0
            let predicted = chanceByID[id]!
            right += outcome
            result.predictions += 1
            result.brier += (predicted - outcome) * (predicted - outcome)
            result.baselineBrier += (accuracySoFar - outcome) * (accuracySoFar - outcome)
            let band = min(9, Int(predicted * 10))
            result.bands[band].predicted += predicted
            result.bands[band].observed += outcome
            result.bands[band].count += 1
        }
        let score = right / Double(session.count)
        if score < estimate.low { result.sessionsBelow += 1 } else if score > estimate.high { result.sessionsAbove += 1 } else { result.sessionsInRange += 1 }
        result.meanPredictedScore += estimate.expected
        result.meanObservedScore += score
        result.meanRangeWidth += estimate.high - estimate.low
    }

    /// FSRS-6 with each default weight scaled by a random factor (log-normal, sd 0.25), kept within FSRS's bounds
    /// (a weight the bounds refuse keeps its default).
    static func randomScheduler(using generator: inout SeededGenerator) -> FSRS {
        var parameters = FSRS.defaultParameters.map { value in
            let u1 = Double.random(in: Double.ulpOfOne..<1, using: &generator)
            let u2 = Double.random(in: 0..<1, using: &generator)
            let normal = (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
            return value * exp(0.25 * normal)
        }
        while true {
            do {
                return try FSRS(parameters: parameters)
            } catch {
                guard case .parameterOutOfBounds(let index, _, _, _) = error else { return .standard }
                parameters[index] = FSRS.defaultParameters[index]
            }
        }
    }

    /// The figures as BENCHMARKS.md shows them.
    static func report(_ result: Result) -> String {
        var out = "readiness calibration: \(result.learners) simulated learners, a \(result.sessionQuestions)-question session each, "
        out += "\(result.predictions) predicted answers\n"
        out += String(format: "Brier score: %.4f (each answer predicted at the learner's accuracy so far: %.4f)\n", result.brier, result.baselineBrier)
        out += "| predicted | mean predicted | observed right | answers |\n| --- | --- | --- | --- |\n"
        for band in result.bands {
            let name = String(format: "%.1f-%.1f", band.low, band.low + 0.1)
            guard band.count > 0 else { out += "| \(name) | - | - | 0 |\n"; continue }
            out += String(format: "| %@ | %.3f | %.3f | %d |\n", name, band.predicted / Double(band.count), band.observed / Double(band.count), band.count)
        }
        let learners = Double(result.learners)
        out += String(
            format: "session score inside the stated 80%% range: %.1f%% (below it %.1f%%, above it %.1f%%); mean range width %.1f points\n",
            100 * Double(result.sessionsInRange) / learners, 100 * Double(result.sessionsBelow) / learners,
            100 * Double(result.sessionsAbove) / learners, 100 * result.meanRangeWidth
        )
        out += String(format: "mean predicted session score %.1f%%, mean observed %.1f%%\n", 100 * result.meanPredictedScore, 100 * result.meanObservedScore)
        return out
    }
}
