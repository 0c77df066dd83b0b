import Foundation
import Testing
import QuizCore
import QuizTestSupport
@testable import QuizUI

/// Plain mode as its loop runs it, without the terminal: typed lines read by `PlainFlow` into events, the events
/// through `AppReducer`, and the screen as the lines plain mode prints.
struct PlainDriver {
    let bank: Bank
    var state: AppState
    var effects: [AppEffect] = []
    /// Every line printed so far, screen after screen.
    var printed: [String] = []
    var now = Fixtures.start

    init(bank: Bank, screen: AppState.Screen, totals: ProgressTotals = ProgressTotals()) {
        self.bank = bank
        state = AppState(screen: screen, profile: "ada", totals: totals, sessionSize: 3, nextSeed: 1)
        printed = text
    }

    var text: [String] {
        PlainText.lines(state, context: PlainText.context(bank: bank, utf8: true))
    }

    var prompt: String {
        PlainFlow.prompt(state)
    }

    /// Types a line; returns what plain mode says back when the line is no answer.
    @discardableResult
    mutating func type(_ line: String) -> String? {
        now = now.addingTimeInterval(1)
        switch PlainFlow.read(line, in: state, glossary: bank.glossary) {
        case .again(let message):
            printed.append(message)
            return message
        case .events(let events):
            events.forEach { apply($0) }
            while let automatic = PlainFlow.automaticEvent(state) { apply(automatic) }
            return nil
        }
    }

    mutating func apply(_ event: AppEvent) {
        let (next, more) = AppReducer(bank: bank).reduce(state, event, at: now)
        state = next
        effects += more
        printed += text + [prompt]
    }

    var exam: ExamSession? {
        if case .exam(let session) = state.screen { return session }
        return nil
    }

    var drill: DrillSession? {
        if case .drill(let session) = state.screen { return session }
        return nil
    }
}

@Suite struct PlainExamTests {
    let questions = [Fixtures.single, Fixtures.multiple, Fixtures.owner]

    func driver() -> PlainDriver {
        PlainDriver(bank: Fixtures.bank, screen: .exam(Fixtures.exam(questions)))
    }

    @Test func eachQuestionIsPrintedWholeWithTheTimeLeft() {
        let plain = driver()
        #expect(plain.text.first == "Question 1 of 3, 0 answered, time left 90:00")
        #expect(plain.text.contains("Who guards the data centres?"))
        #expect(plain.text.contains("1. AWS") && plain.text.contains("3. Nobody"))
        #expect(plain.text.last == "Not answered yet.")
        #expect(plain.prompt.hasPrefix("Answer 1-3, or n, p, j N, f, r, t, s, q"))
    }

    @Test func anAnswerMovesOnAndGoingBackChangesIt() throws {
        var plain = driver()
        plain.type("1")
        #expect(plain.exam?.picks[0] == [0])
        #expect(plain.exam?.position == 1)
        #expect(plain.prompt.hasPrefix("Choose 2 (numbers such as 1 3)"))
        plain.type("1 4")
        #expect(plain.exam?.picks[1] == [0, 3])
        #expect(plain.exam?.position == 2)
        plain.type("p")
        #expect(plain.text.last == "Your answer: 1 and 4.")
        plain.type("1 3")
        #expect(plain.exam?.picks[1] == [0, 2], "the typed pair replaces the one before")
        plain.type("j 1")
        plain.type("3")
        #expect(plain.exam?.picks[0] == [2])
        #expect(plain.type("j 9") == "Type a question number from 1 to 3.")
        #expect(plain.type("p") == nil)
        #expect(plain.type("p") == "This is the first question.")
        #expect(plain.type("7")?.contains("not a choice") == true)
    }

    @Test func flagsTheTimeAndTheReviewList() throws {
        var plain = driver()
        plain.type("1")
        plain.type("f")
        #expect(plain.exam?.flagged == [1])
        #expect(plain.text.first == "Question 2 of 3, 1 answered, flagged, time left 90:00")
        #expect(plain.type("t") == "Time left 90:00.")
        #expect(plain.type("?")?.contains("f flags or unflags the question") == true)
        plain.type("r")
        #expect(plain.text.first == "Review list (all): 1 of 3 answered, 1 flagged, time left 90:00")
        #expect(plain.text.contains("Question 1, answered"))
        #expect(plain.text.contains("Question 2, not answered, flagged"))
        #expect(plain.text.contains("Question 3, not answered"))
        plain.type("f")
        #expect(!plain.text.contains("Question 1, answered"), "the flagged filter")
        plain.type("3")
        #expect(plain.exam?.phase == .answering)
        #expect(plain.exam?.position == 2)
        plain.type("r")
        plain.type("")
        #expect(plain.exam?.phase == .answering)
        #expect(plain.exam?.position == 2)
        plain.type("r")
        plain.type("r")
        #expect(plain.exam?.phase == .answering, "r closes the list, as on the full screen")
    }

    @Test func submittingAsksFirstThenPrintsTheResultAndEveryQuestionsReview() throws {
        var plain = driver()
        plain.type("1")
        plain.type("f")
        plain.type("s")
        #expect(plain.text.contains("2 questions unanswered, 1 flagged for review."))
        #expect(plain.prompt == "Submit the exam? y submits, n keeps working: ")
        plain.type("n")
        #expect(plain.exam?.phase == .answering)
        plain.type("s")
        plain.type("y")
        let result = try #require(plain.exam?.result)
        #expect(result.correct == 1)
        #expect(PlainFlow.isFinished(plain.state))
        let saved = plain.effects.compactMap { effect -> [ProgressChange]? in
            if case .saveProgress(let changes) = effect { return changes }
            return nil
        }.joined()
        #expect(saved.contains(.exam(ExamRecord(result))))
        #expect(saved.count == 4, "three answers and the exam's record")
        let text = plain.text.joined(separator: "\n")
        for expected in [
            "Exam result", "Raw score: 1 of 3 correct", "Review: question 1 of 3", "Review: question 3 of 3",
            "Facilities are security OF the cloud.", "Security IN the cloud is yours.", "The guest OS is the customer's on EC2.",
            "You left this question unanswered",
        ] {
            #expect(text.contains(expected), "\(expected)")
        }
    }

    @Test func timeRunningOutSubmits() throws {
        var plain = PlainDriver(bank: Fixtures.bank, screen: .exam(Fixtures.exam(questions, minutes: 1)))
        plain.apply(.timerTicked)
        for _ in 0..<6 {
            plain.now = plain.now.addingTimeInterval(10)
            plain.apply(.timerTicked)
        }
        #expect(plain.exam?.result?.howEnded == .timeExpired)
        #expect(plain.text.contains("Time ran out: the exam was submitted with the answers as they stood."))
        #expect(PlainFlow.isFinished(plain.state))
    }

    @Test func aTimeWarningIsSaidWhileItIsUp() throws {
        var session = Fixtures.exam(questions, minutes: 6)
        session.lastTickAt = Fixtures.start
        var plain = PlainDriver(bank: Fixtures.bank, screen: .exam(session))
        #expect(PlainFlow.timeWarning(plain.state) == nil)
        for _ in 0..<7 {
            plain.now = plain.now.addingTimeInterval(10)
            plain.apply(.timerTicked)
        }
        #expect(PlainFlow.timeWarning(plain.state) == "5 minutes left: the exam is submitted as it stands when time runs out.")
        #expect(plain.text.contains("5 minutes left: the exam is submitted as it stands when time runs out."))
        plain.type("f")
        #expect(PlainFlow.timeWarning(plain.state) == nil, "said once, until the next warning")
    }

    @Test func leavingKeepsTheExamToResume() throws {
        var plain = driver()
        plain.type("2")
        plain.type("q")
        #expect(plain.effects.contains(.exit))
        let snapshot = try #require(plain.effects.last { if case .saveExamSnapshot = $0 { true } else { false } })
        guard case .saveExamSnapshot(let saved) = snapshot else { return }
        #expect(saved == ExamSnapshot(try #require(plain.exam)))
    }

    @Test func theResumeOfferTakesYesAndNo() throws {
        var saved = Fixtures.exam(questions)
        saved.picks[0] = [1]
        var plain = PlainDriver(bank: Fixtures.bank, screen: .examResumeOffer(saved, confirmingDiscard: false))
        #expect(plain.text.first == "An unfinished exam is waiting")
        #expect(plain.prompt.hasPrefix("Resume the saved exam? y resumes"))
        #expect(plain.type("maybe") == "Type y or n.")
        plain.type("y")
        #expect(plain.exam?.picks[0] == [1])

        var declining = PlainDriver(bank: Fixtures.bank, screen: .examResumeOffer(saved, confirmingDiscard: false))
        declining.type("n")
        #expect(declining.prompt.hasPrefix("Drop the saved exam"))
        declining.type("n")
        #expect(declining.state.screen == .examResumeOffer(saved, confirmingDiscard: false))
        declining.type("n")
        declining.type("y")
        #expect(declining.effects.contains(.discardExamSnapshot))
        declining.type("")
        #expect(declining.exam?.answeredCount == 0, "a new exam starts from its start screen")
    }

    @Test func theHomeMenuOffersTheExamAndTheDrill() {
        #expect(PlainFlow.homeEntries == HomeEntry.allCases, "numbered as the home screen numbers them")
        let bank = Bank(topics: Fixtures.bank.topics, questions: Fixtures.bank.questions, matrix: DrillFixtures.small)
        var plain = PlainDriver(bank: bank, screen: .home(highlighted: .practice))
        #expect(plain.prompt.contains("2 Exam") && plain.prompt.contains("6 Matrix drill"))
        plain.type("2")
        #expect(plain.prompt.hasPrefix("Enter starts the exam."))
        plain.type("")
        #expect(plain.exam != nil)
        var drilling = PlainDriver(bank: bank, screen: .home(highlighted: .practice))
        drilling.type("6")
        #expect(drilling.drill != nil)
        var progress = PlainDriver(bank: bank, screen: .home(highlighted: .practice))
        progress.type("7")
        #expect(progress.state.screen == .progress)
        #expect(!PlainFlow.isFinished(progress.state), "it goes back to the home screen")
        progress.type("")
        #expect(progress.state.screen == .home(highlighted: .progress))
    }
}

@Suite struct PlainDrillTests {
    static let bank = Bank(topics: Fixtures.bank.topics, questions: Fixtures.bank.questions, matrix: DrillFixtures.small)

    func driver() -> PlainDriver {
        PlainDriver(bank: Self.bank, screen: .drill(DrillFixtures.session(DrillFixtures.small)))
    }

    @Test func servicesAndControlsAreChosenByNumber() {
        var plain = driver()
        #expect(plain.text.first == "Matrix drill: choose the services (1 of 2)")
        #expect(plain.text.contains("3. Amazon S3 (abstracted)") || plain.text.contains { $0.hasPrefix("3. Amazon S3") })
        #expect(plain.type("4")?.hasPrefix("Type numbers from 1 to 3") == true)
        plain.type("1 3")
        #expect(plain.drill?.pickedServices == ["ec2", "s3"])
        #expect(plain.text.first == "Matrix drill: choose the controls (2 of 2)")
        plain.type("b")
        #expect(plain.text.contains { $0.hasPrefix("1. Amazon EC2") && $0.hasSuffix(", chosen") })
        plain.type("1")
        #expect(plain.drill?.pickedServices == ["ec2"], "typed numbers say the whole choice")
        plain.type("all")
        #expect(plain.drill?.grid?.cellCount == 5)
    }

    @Test func letItPickStartsAGrid() {
        var plain = driver()
        plain.type("")
        #expect(plain.drill?.phase == .filling)
    }

    @Test func cellByCellThenTheMarkedList() throws {
        var plain = driver()
        plain.type("1 3")
        plain.type("2 5")
        #expect(plain.prompt == "Cell 1 of 4, EC2, guest os patching: a/c/s? ")
        plain.type("a")
        #expect(plain.prompt == "Cell 2 of 4, EC2, application code: a/c/s? ")
        plain.type("x")
        plain.type("s")
        plain.type("a")
        #expect(plain.prompt == "Cell 4 of 4, S3, application code (now AWS): d submits, a/c/s? ")
        plain.type("d")
        #expect(plain.prompt == "1 cell is still blank and will score nothing. Submit anyway? y submits, n goes back: ")
        plain.type("n")
        plain.type("b")
        plain.type("b")
        #expect(plain.prompt == "Cell 2 of 4, EC2, application code: a/c/s? ")
        #expect(plain.type("z")?.hasPrefix("Type a (AWS)") == true)
        plain.type("c")
        plain.type("d")
        let drill = try #require(plain.drill)
        #expect(drill.isMarked)
        #expect(PlainFlow.isFinished(plain.state))
        let text = plain.text.joined(separator: "\n")
        #expect(text.contains("Drill marked: score 2.5 of 4 (63%): 2 right, 1 half right, 1 wrong, 0 blank."))
        #expect(text.contains("EC2, application code: you said Customer; the owner is AWS: wrong."))
        #expect(text.contains("S3, application code: you said AWS; the owner is Shared: half right."))
        #expect(text.contains("Why application-code in ec2 is AWS's."))
        let saved = plain.effects.compactMap { effect -> [ProgressChange]? in
            if case .saveProgress(let changes) = effect { return changes }
            return nil
        }.joined()
        #expect(saved.count == 4)
    }
}

/// Plain mode marks no focus and cuts no text, whatever the mode: a long topic title and a long prompt, which the
/// full screen cuts short, come out whole, and no line carries the pointer or an escape sequence.
@Suite struct PlainOutputTests {
    static let longTitle = "Shared controls, inherited controls and the customer's own configuration duties"
    static let longPrompt = Question(
        id: "t.long", kind: .single, topic: "long", difficulty: .easy, serviceModel: nil,
        prompt: "Which party is responsible for configuring the security groups, network ACLs and route tables of a VPC?",
        choices: [
            Choice(text: "The customer", isCorrect: true, why: "Configuration is in the cloud."),
            Choice(text: "AWS", isCorrect: false, why: "AWS runs the network under it."),
        ],
        explanation: "Network configuration is the customer's.", sources: [.seed(file: "000.txt")], checked: "2026-11-22"
    )
    static let bank = Bank(
        topics: Fixtures.bank.topics + [Topic(id: "long", title: longTitle)],
        questions: [longPrompt, longPrompt.withID("t.long2"), longPrompt.withID("t.long3")],
        matrix: DrillFixtures.small,
        trainingModules: [TrainingFixtures.basics]
    )

    func check(_ printed: [String], _ mode: String) {
        for line in printed {
            #expect(!line.contains("›"), "\(mode): \(line)")
            #expect(!line.contains("…"), "\(mode): \(line)")
            #expect(!line.contains("\u{1B}"), "\(mode): \(line)")
        }
    }

    func run(_ entry: HomeEntry, typing lines: [String]) -> PlainDriver {
        var plain = PlainDriver(bank: Self.bank, screen: .home(highlighted: entry))
        plain.apply(.homeEntryChosen(entry))
        for line in lines { plain.type(line) }
        return plain
    }

    /// Starts `entry` and answers until the session is over, each line from `answer` (at most 60 lines).
    func play(_ entry: HomeEntry, answer: (AppState) -> String) -> PlainDriver {
        var plain = run(entry, typing: [])
        for _ in 0..<60 where !PlainFlow.isFinished(plain.state) {
            plain.type(answer(plain.state))
        }
        return plain
    }

    /// A wrong choice's number for a practice question, so the summary lists it.
    static func wrongChoice(_ state: AppState) -> String {
        guard case .practice(let session) = state.screen, let item = session.current else { return "1" }
        return String((item.correctPositions.min() == 0 ? 1 : 0) + 1)
    }

    @Test func progressOpensAPastSelfAssessmentAndGoesBack() {
        var plain = play(.assess) { _ in "1" }
        plain.apply(.homeRequested)
        #expect(plain.state.assessments.count == 1)
        plain.type("7")
        #expect(plain.prompt == "A self-assessment's number opens it; Enter for the home screen: ")
        #expect(plain.type("2") == "No self-assessment is listed as 2.")
        plain.type("1")
        #expect(plain.state.screen == .pastAssessment(0))
        #expect(!PlainFlow.isFinished(plain.state))
        plain.type("")
        #expect(plain.state.screen == .progress)
        plain.type("")
        #expect(plain.state.screen == .home(highlighted: .progress))
        check(plain.printed, "progress")
    }

    @Test func everyModePrintsNoPointerAndCutsNothing() {
        let home = PlainDriver(bank: Self.bank, screen: .home(highlighted: .exam))
        check(home.printed, "home")
        let practice = play(.practice, answer: Self.wrongChoice)
        check(practice.printed, "practice")
        #expect(practice.printed.contains { $0.contains(Self.longPrompt.prompt) }, "the summary lists the missed prompts whole")
        let assess = play(.assess) { _ in "1" }
        check(assess.printed, "assess")
        #expect(assess.printed.contains { $0.contains(Self.longTitle) })
        let exam = run(.exam, typing: ["", "1", "f", "r", "2", "s", "y"])
        check(exam.printed, "exam")
        #expect(exam.printed.contains { $0.contains(Self.longTitle) })
        let drill = run(.drill, typing: ["", "a", "c", "s", "d", "y"])
        check(drill.printed, "drill")
        let training = play(.train) { PlainFlow.prompt($0).contains("Enter") ? "" : "1" }
        check(training.printed, "training")
        let progress = PlainDriver(
            bank: Self.bank, screen: .progress, totals: ProgressTotals(answers: [(topic: "long", isCorrect: true)])
        )
        check(progress.printed, "progress")
        #expect(progress.printed.contains { $0.contains(Self.longTitle) })
    }
}

private extension Question {
    func withID(_ id: String) -> Question {
        Question(
            id: id, kind: kind, topic: topic, difficulty: difficulty, serviceModel: serviceModel, prompt: prompt, choices: choices,
            explanation: explanation, sources: sources, checked: checked
        )
    }
}
