import QuizCore

/// Plain mode's rules: which screens go on by themselves (feedback, a scenario's story), what to ask for, and
/// which events a typed line means. Every mode works in plain mode: practice (and scenarios), the mock exam (with
/// its resume offer), training, review, self-assessment, the matrix drill and Progress.
public enum PlainFlow {
    /// What to do with a typed line.
    public enum Reading: Equatable, Sendable {
        case events([AppEvent])
        /// The line was no answer; say this and ask again.
        case again(String)
    }

    /// The home screen's entries, numbered as the home screen shows them: every one works in plain mode.
    public static let homeEntries = HomeEntry.allCases

    /// An event that needs no answer: the next question after feedback, the question after a story.
    public static func automaticEvent(_ state: AppState) -> AppEvent? {
        switch state.screen {
        case .practice(let session): automaticSessionEvent(session)
        case .review(let session): automaticSessionEvent(session.practice)
        case .training(let session):
            if case .questions(_, let attempt) = session.screen, case .reviewing = attempt.questions.phase {
                .training(.question(.nextRequested))
            } else {
                nil
            }
        default: nil
        }
    }

    /// The exam's time warning while one is up ("10 minutes left: ..."), for plain mode to say at once even while
    /// it waits for a line.
    public static func timeWarning(_ state: AppState) -> String? {
        guard case .exam(let session) = state.screen, let warning = session.activeWarning else { return nil }
        return ExamText.warning(warning)
    }

    /// True once there is nothing more to ask: a session's summary is on screen.
    public static func isFinished(_ state: AppState) -> Bool {
        switch state.screen {
        case .practice(let session): session.phase == .finished
        case .review(let session): session.practice.phase == .finished
        case .assess(let session): session.isFinished
        case .training(let session):
            if case .completed = session.screen { true } else { false }
        case .progress, .pastAssessment, .pastExam: false
        case .exam(let session): !session.isUnderWay
        case .drill(let session): session.isMarked
        default: false
        }
    }

    /// The question put to the learner, ending with what may be typed.
    public static func prompt(_ state: AppState) -> String {
        switch state.screen {
        case .home:
            let choices = homeEntries.enumerated().map { "\($0.offset + 1) \($0.element.title)" }.joined(separator: ", ")
            return "Choose: \(choices); t a topic or task to practise: "
        case .assess(let session) where session.awaitingConfidence != nil:
            return "How sure are you? 1 sure, 2 unsure, 3 guessing: "
        case .progress:
            return PlainPastExam.progressPrompt(state)
        case .pastExam(let review):
            return PlainPastExam.prompt(review, among: state.exams.count)
        case .practicePicker(let picker):
            return "Type a row's number, 1-\(picker.choices.count), to practise it; Enter for the home screen: "
        case .pastAssessment:
            return "Enter for the progress screen: "
        case .exam(let session):
            return PlainExam.prompt(session)
        case .examResumeOffer(_, let confirmingDiscard):
            return PlainExam.resumePrompt(confirmingDiscard: confirmingDiscard)
        case .examStart(let start):
            return PlainExamStart.prompt(start)
        case .drill(let session):
            return PlainDrill.prompt(session)
        case .training(let session):
            if let prompt = PlainTraining.prompt(session) { return prompt }
            fallthrough
        default:
            guard let item = questionSession(state)?.current else { return "" }
            let count = item.order.count
            return item.question.kind == .multiple
                ? "Choose \(item.question.picksRequired) (numbers such as 1 3), or q to leave: "
                : "Answer 1-\(count), or q to leave: "
        }
    }

    /// Reads a typed line; `g` on a question prints `glossary` (when the bank has one) and asks again.
    public static func read(_ line: String, in state: AppState, glossary: [GlossaryTerm] = []) -> Reading {
        if state.offersGlossary, !glossary.isEmpty, line.trimmingCharacters(in: .whitespaces).lowercased() == "g" {
            return .again(PlainText.glossary(glossary))
        }
        switch state.screen {
        case .home:
            return readHomeChoice(line)
        case .assess(let session) where session.awaitingConfidence != nil:
            return readConfidence(line)
        case .progress:
            if let reading = PlainPastExam.readProgress(line, in: state) { return reading }
            guard let number = Int(line.trimmingCharacters(in: .whitespaces)) else { return .events([.homeRequested]) }
            guard let index = ProgressView.assessmentIndex(listedAs: number, among: state.assessments.count) else {
                return .again("No self-assessment is listed as \(number).")
            }
            return .events([.pastAssessmentOpened(index)])
        case .pastAssessment:
            return .events([.homeRequested])
        case .pastExam(let review):
            return PlainPastExam.read(line, in: review, among: state.exams.count)
        case .practicePicker(let picker):
            let typed = line.trimmingCharacters(in: .whitespaces)
            guard !typed.isEmpty else { return .events([.homeRequested]) }
            guard let number = Int(typed), picker.choices.indices.contains(number - 1) else {
                return .again("Type a number from 1 to \(picker.choices.count), or Enter for the home screen.")
            }
            return .events([.homePracticeFocused(picker.choices[number - 1])])
        case .exam(let session):
            return PlainExam.read(line, in: session)
        case .examResumeOffer(_, let confirmingDiscard):
            return PlainExam.readResumeOffer(line, confirmingDiscard: confirmingDiscard)
        case .examStart(let start):
            return PlainExamStart.read(line, in: start)
        case .drill(let session):
            return PlainDrill.read(line, in: session)
        case .training(let session):
            if let reading = PlainTraining.read(line, in: session) { return reading }
            fallthrough
        default:
            guard let item = questionSession(state)?.current else { return .again("Nothing to answer here.") }
            switch TypedAnswer.parse(line, choiceCount: item.order.count, picks: item.question.picksRequired) {
            case .quit: return .events([.quitRequested, .quitConfirmed])
            case .empty: return .again("Type your answer, or q to leave.")
            case .invalid(let reason): return .again(reason.prefix(1).uppercased() + reason.dropFirst() + ".")
            case .choices(let positions):
                let answer: [SessionEvent] = item.question.kind == .multiple
                    ? positions.map(SessionEvent.choicePicked) + [.answerChosen]
                    : [.choicePicked(positions[0])]
                if case .assess = state.screen { return .events(answer.map(AppEvent.assessQuestion)) }
                if case .training = state.screen { return .events(answer.map { .training(.question($0)) }) }
                return .events(answer.map(AppEvent.session))
            }
        }
    }

    private static func readHomeChoice(_ line: String) -> Reading {
        let typed = line.trimmingCharacters(in: .whitespaces).lowercased()
        if typed == "q" || typed == "quit" { return .events([.homeEntryChosen(.quit)]) }
        if typed == "t" { return .events([.practicePickerOpened]) }
        guard let number = Int(typed), homeEntries.indices.contains(number - 1) else {
            return .again("Type a number from 1 to \(homeEntries.count), or q to leave.")
        }
        return .events([.homeEntryChosen(homeEntries[number - 1])])
    }

    private static func readConfidence(_ line: String) -> Reading {
        let typed = line.trimmingCharacters(in: .whitespaces).lowercased()
        let confidence: Confidence? = switch typed {
        case "1", "s", "sure": .sure
        case "2", "u", "unsure": .unsure
        case "3", "g", "guessing": .guessing
        default: nil
        }
        if typed == "q" || typed == "quit" { return .events([.quitRequested, .quitConfirmed]) }
        guard let confidence else { return .again("Type 1 (sure), 2 (unsure) or 3 (guessing).") }
        return .events([.assess(.confidenceChosen(confidence))])
    }

    private static func questionSession(_ state: AppState) -> PracticeSession? {
        switch state.screen {
        case .practice(let session): session
        case .review(let session): session.practice
        case .assess(let session): session.quiz
        case .training(let session): session.attempt?.questions
        default: nil
        }
    }

    private static func automaticSessionEvent(_ session: PracticeSession) -> AppEvent? {
        if session.showsStory { return .session(.storyClosed) }
        if case .reviewing = session.phase { return .session(.nextRequested) }
        return nil
    }
}

extension AppEvent {
    /// A question event inside a self-assessment.
    static func assessQuestion(_ event: SessionEvent) -> AppEvent {
        .assess(.session(event))
    }
}
