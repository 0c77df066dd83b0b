import Foundation

extension AppReducer {
    func reduceExam(_ state: AppState, _ session: ExamSession, _ event: AppEvent, at now: Date) -> (AppState, [AppEffect]) {
        switch event {
        case .exam(let examEvent): return carryOn(state, session, examEvent, at: now)
        case .timerTicked: return carryOn(state, session, .timerTicked, at: now)
        case .quitRequested where session.isUnderWay:
            var next = state
            next.confirmingQuit = true
            return (next, [.saveExamSnapshot(ExamSnapshot(session))])
        case .quitRequested: return leaveSession(state, at: now)
        case .homeRequested where !session.isUnderWay: return (home(state, highlighting: .exam, at: now), [])
        default: return (state, [])
        }
    }

    private func carryOn(_ state: AppState, _ session: ExamSession, _ event: ExamEvent, at now: Date) -> (AppState, [AppEffect]) {
        var next = state
        let (updated, examEffects) = ExamReducer.reduce(session, event, at: now)
        next.screen = .exam(updated)
        let effects = examEffects.flatMap { effect -> [AppEffect] in
            switch effect {
            case .snapshotChanged(let snapshot):
                return [.saveExamSnapshot(snapshot)]
            case .examSubmitted(let result):
                for outcome in result.answerOutcomes {
                    count(outcome, sessionID: result.examID, mode: .exam, into: &next)
                }
                next.savedExam = nil
                let record = ExamRecord(result)
                next.exams.append(record)
                let answers = result.answerOutcomes.map { ProgressChange.answer($0, sessionID: result.examID, mode: .exam) }
                return [.saveProgress(answers + [.exam(record)]), .discardExamSnapshot]
            }
        }
        return (next, effects)
    }

    func reduceResumeOffer(
        _ state: AppState, _ saved: ExamSession, confirmingDiscard: Bool, _ event: AppEvent, at now: Date
    ) -> (AppState, [AppEffect]) {
        var next = state
        switch (confirmingDiscard, event) {
        case (false, .examResumeAccepted):
            next.screen = .exam(saved)
            next.savedExam = nil
            return (next, [])
        case (false, .examResumeDeclined):
            next.screen = .examResumeOffer(saved, confirmingDiscard: true)
            return (next, [])
        case (true, .examDiscardConfirmed):
            next.savedExam = nil
            let (opened, effects) = newExam(next, at: now)
            return (opened, [.discardExamSnapshot] + effects)
        case (true, .examDiscardCancelled), (true, .quitRequested):
            next.screen = .examResumeOffer(saved, confirmingDiscard: false)
            return (next, [])
        case (false, .homeRequested):
            return (home(state, highlighting: .exam, at: now), [])
        case (false, .quitRequested):
            return leaveSession(state, at: now)
        default:
            return (state, [])
        }
    }

    func reduceExamStart(_ state: AppState, _ start: ExamStart, _ event: AppEvent, at now: Date) -> (AppState, [AppEffect]) {
        switch event {
        case .examStart(.started): return startExam(state, start, at: now)
        case .examStart(let startEvent):
            var next = state
            next.screen = .examStart(start.applying(startEvent))
            return (next, [])
        case .homeRequested: return (home(state, highlighting: .exam, at: now), [])
        case .quitRequested: return leaveSession(state, at: now)
        default: return (state, [])
        }
    }

    /// Exam from the home screen or the command line: the saved exam is offered first, if there is one; else a new
    /// exam's start screen, or the exam itself when it starts at once.
    public func openExam(_ state: AppState, at now: Date) -> (AppState, [AppEffect]) {
        guard let saved = state.savedExam else { return newExam(state, at: now) }
        var next = state
        next.screen = .examResumeOffer(saved, confirmingDiscard: false)
        return (next, [])
    }

    /// The start screen set up as `state` asks (length and ticks from the command line), or with `--now` the exam.
    private func newExam(_ state: AppState, at now: Date) -> (AppState, [AppEffect]) {
        let start = ExamStart(
            bank: bank, length: ExamLength(questions: state.examQuestions, minutes: state.examMinutes),
            tasks: state.examTasks, topics: state.examTopics
        )
        if state.examStartsAtOnce { return startExam(state, start, at: now) }
        var next = state
        next.screen = .examStart(start)
        return (next, [])
    }

    /// A new exam as `start` sets it up, drawn with `state.nextSeed`, saved at once so that even its first minute
    /// can be resumed.
    func startExam(_ state: AppState, _ start: ExamStart, at now: Date) -> (AppState, [AppEffect]) {
        var next = advancingSeed(state)
        let settings = start.settings(in: bank, seed: state.nextSeed)
        let session = ExamBuilder.session(from: bank, settings: settings, at: now, including: start.includes)
        next.screen = .exam(session)
        return (next, [.saveExamSnapshot(ExamSnapshot(session))])
    }
}
