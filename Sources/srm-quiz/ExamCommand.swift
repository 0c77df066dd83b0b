import ArgumentParser
import Foundation
import QuizCore

struct ExamCommand: FullScreenCommand {
    static let configuration = CommandConfiguration(
        commandName: "exam", abstract: "Sit a timed mock exam: no feedback until you submit, then a score and a review of every question.",
        discussion: """
            The start screen shows the exam as the options set it up (by default the full exam, 65 questions in 90 \
            minutes; a short one is 20 questions in 28 minutes, the same pace), lets you change its length or tick \
            exam tasks and topics to draw only from them, states the rules, and starts on Enter; --now skips it. \
            Move back and forth, change answers and flag questions for review before submitting; time running out \
            submits. The exam is saved as you go: if it is interrupted, open it again to resume with the time that \
            was left. The scaled score is an estimate: AWS does not publish how it scales scores.
            """
    )

    @OptionGroup var options: GlobalOptions

    @Option(help: "Questions in the exam.")
    var questions = ExamSettings.defaultQuestionCount

    @Option(help: "Minutes allowed.")
    var minutes = ExamSettings.defaultMinutes

    @Option(help: ArgumentHelp("Draw only from this CLF-C02 task statement, such as 2.3 (repeat for more).", valueName: "task"))
    var task: [String] = []

    @Option(help: ArgumentHelp("Draw only from this topic, its id as in topics.json (repeat for more).", valueName: "id"))
    var topic: [String] = []

    @Flag(help: "Start the exam at once, without the start screen.")
    var now = false

    func validate() throws {
        try SessionLimits.questions.check(questions, option: "--questions")
        try SessionLimits.examMinutes.check(minutes, option: "--minutes")
    }

    func opening(_ workspace: Workspace) throws(Failure) -> (AppState, [AppEffect]) {
        var home = try workspace.homeState(options)
        home.examQuestions = questions
        home.examMinutes = minutes
        home.examTasks = try tasks(in: workspace.bank)
        home.examTopics = try topics(in: workspace.bank)
        home.examStartsAtOnce = now
        return AppReducer(bank: workspace.bank).openExam(home, at: Date())
    }

    /// The exam tasks `--task` names; each must be one the bank's questions serve.
    private func tasks(in bank: Bank) throws(Failure) -> Set<ExamTask> {
        let covered = Set(bank.questions.compactMap(\.examTask))
        var found: Set<ExamTask> = []
        for id in task {
            guard let named = ExamTask(id: id), covered.contains(named) else {
                let ids = covered.sorted().map(\.id).joined(separator: ", ")
                throw Failure("the bank has no questions for exam task \"\(id)\"; it covers tasks \(ids)", code: .usage)
            }
            found.insert(named)
        }
        return found
    }

    /// The topics `--topic` names; each must be one of the bank's topics with questions.
    private func topics(in bank: Bank) throws(Failure) -> Set<String> {
        let asked = Set(bank.questions.map(\.topic))
        for id in topic where !asked.contains(id) {
            let ids = bank.topics.map(\.id).filter(asked.contains).joined(separator: ", ")
            throw Failure("the bank has no questions in topic \"\(id)\"; the topics with questions are: \(ids)", code: .usage)
        }
        return Set(topic)
    }
}
