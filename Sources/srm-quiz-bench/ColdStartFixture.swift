import Foundation
import QuizCore

/// What a learner's start meets: the bundled bank, a profile of 10,000 answers to its questions (the last
/// session's ten still in the journal, as every start after a session finds them) and a policy in force.
struct ColdStartFixture {
    static let profile = "bench"
    static let answers = 10_000
    static let lastSession = 10

    let dataDirectory: URL
    let policy: URL
    private let store: ProgressStore
    private let saved: ProgressFile
    private let lastAnswers: [AnswerOutcome]

    init(work: URL) throws {
        dataDirectory = work.appendingPathComponent("home")
        policy = work.appendingPathComponent("policy.json")
        try Data("""
            {"format": "srm-quiz-policy", "schemaVersion": 1, "id": "bench-org", "version": 1, "minimumPassMark": 80,
             "dueDate": "2099-12-31", "validForMonths": 12}
            """.utf8).write(to: policy)
        let bank = try BankLoader.load(directory: try BundledBank.locate(), trainingRequired: true)
        store = ProgressStore(dataDirectory: dataDirectory, profile: try ProfileName(Self.profile))
        let end = Date()
        var progress = ProgressFile(profile: Self.profile, createdAt: end.addingTimeInterval(-90 * 86_400))
        var generator = SeededGenerator(seed: 16)
        let outcomes = (0..<Self.answers).map { number -> AnswerOutcome in
            let question = bank.questions[(number * 7_919) % bank.questions.count]
            let right = Int.random(in: 0..<10, using: &generator) < 7
            let chosen = right ? Array(question.correctIndices).sorted() : [question.choices.indices.first { !question.correctIndices.contains($0) } ?? 0]
            return AnswerOutcome(
                questionID: question.id, topic: question.topic, chosen: chosen, isCorrect: right, seconds: 12,
                answeredAt: progress.createdAt.addingTimeInterval(Double(number) * 89 * 86_400 / Double(Self.answers))
            )
        }
        for (number, outcome) in outcomes.dropLast(Self.lastSession).enumerated() {
            progress.apply(.answer(outcome, sessionID: "practice-\(number / 10)", mode: .practice))
        }
        saved = progress
        lastAnswers = Array(outcomes.suffix(Self.lastSession))
        try reset()
    }

    /// Puts the profile back as a session just left it: the file of 9,990 answers and a journal of the last ten.
    func reset() throws {
        try? FileManager.default.removeItem(at: store.fileURL.deletingLastPathComponent())
        var progress = saved
        try store.save(progress)
        for outcome in lastAnswers {
            try store.record([.answer(outcome, sessionID: "practice-last", mode: .practice)], into: &progress)
        }
    }

    /// `XDG_CACHE_HOME` of every start: the bank cache lives under it.
    var cacheDirectory: URL {
        dataDirectory.appendingPathComponent("cache")
    }

    var environment: [String: String] {
        ["TERM": "xterm-256color", "LANG": "C.UTF-8", "SRM_QUIZ_HOME": dataDirectory.path, "XDG_CACHE_HOME": cacheDirectory.path]
    }

    /// The state of the first start after a new build or a changed bank.
    func removeBankCache() {
        try? FileManager.default.removeItem(at: cacheDirectory)
    }

    /// The options every measured command is given.
    var options: [String] {
        ["--profile", Self.profile, "--policy", policy.path]
    }

    /// The options of a learner's first start: a profile with no progress yet (`reset` removes what a start made of it).
    var newcomerOptions: [String] {
        ["--profile", "newcomer", "--policy", policy.path]
    }
}
