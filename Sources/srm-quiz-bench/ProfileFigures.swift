import Foundation
import QuizCore

/// Opening a profile with a long history, and recording one more answer with a long and with a short history.
enum ProfileFigures {
    static func measure(answers: Int, runs: Int, work: URL) throws -> [Figure] {
        let end = Date()
        let long = try store(named: "long", answers: answers, in: work, end: end)
        let short = try store(named: "short", answers: 10, in: work, end: end)
        let opening = try Measure.median(runs: runs) { _ = try long.store.load() }
        let recordLong = try recordingCost(long, end: end)
        let recordShort = try recordingCost(short, end: end)
        return [
            Figure(name: "open a profile of \(answers) answers", value: opening * 1000, unit: "ms", limit: 300),
            Figure(name: "record one answer, \(answers) answers of history", value: recordLong * 1000, unit: "ms", limit: 2),
            Figure(name: "record one answer, 10 answers of history", value: recordShort * 1000, unit: "ms", limit: 2),
        ]
    }

    private static func store(named name: String, answers: Int, in work: URL, end: Date) throws -> (store: ProgressStore, progress: ProgressFile) {
        let store = ProgressStore(dataDirectory: work.appendingPathComponent(name), profile: try ProfileName(name))
        let progress = ProfileGenerator.progress(answers: answers, profile: name, endingAt: end)
        try store.save(progress)
        return (store, progress)
    }

    /// The median time of saving one more answer (synced to disk), over 51 answers.
    private static func recordingCost(_ profile: (store: ProgressStore, progress: ProgressFile), end: Date) throws -> Double {
        var progress = profile.progress
        var times: [Double] = []
        for number in 0..<51 {
            let outcome = AnswerOutcome(
                questionID: "generated.q-\(number)", topic: "topic-0", chosen: [0], isCorrect: true, seconds: 2, answeredAt: end.addingTimeInterval(Double(number))
            )
            let start = Measure.now()
            try profile.store.record([.answer(outcome, sessionID: "bench", mode: .practice)], into: &progress)
            times.append(Measure.now() - start)
        }
        return times.sorted()[times.count / 2]
    }
}
