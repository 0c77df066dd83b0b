import Foundation

/// The app's state machine: the home screen, each study mode, the progress screen and leaving. Each mode's
/// part is in its own file (`AppReducer+MODE.swift`).
public struct AppReducer: Sendable {
    public let bank: Bank
    /// What Review may bring back: questions and scenario steps still in the bank.
    let reviewable: ReviewableQuestions

    public init(bank: Bank) {
        self.bank = bank
        reviewable = ReviewableQuestions(bank)
    }

    public func reduce(_ state: AppState, _ event: AppEvent, at now: Date) -> (AppState, [AppEffect]) {
        if event == .helpToggled {
            var next = state
            next.showsHelp.toggle()
            return (next, [])
        }
        if event == .glossaryToggled {
            guard state.offersGlossary || state.showsGlossary, !bank.glossary.isEmpty else { return (state, []) }
            var next = state
            next.showsGlossary.toggle()
            next.scroll = 0
            next.followsHighlight = true
            return (next, [])
        }
        if case .bodyScrolled(let offset) = event {
            var next = state
            next.scroll = max(0, offset)
            next.followsHighlight = false
            return (next, [])
        }
        var (next, effects) = reduceScreen(state, event, at: now)
        if next.screen != state.screen {
            next.scroll = 0
            next.followsHighlight = true
        }
        return (next, effects)
    }

    private func reduceScreen(_ state: AppState, _ event: AppEvent, at now: Date) -> (AppState, [AppEffect]) {
        if state.confirmingQuit {
            var next = state
            switch event {
            case .quitConfirmed: return leaveSession(state, at: now)
            case .quitCancelled, .quitRequested:
                next.confirmingQuit = false
                return (next, [])
            default: return (state, [])
            }
        }
        switch state.screen {
        case .home(let highlighted): return reduceHome(state, highlighted: highlighted, event, at: now)
        case .practice(let session): return reducePractice(state, session, event, at: now)
        case .assess(let session): return reduceAssess(state, session, event, at: now)
        case .review(let session): return reduceReview(state, session, event, at: now)
        case .exam(let session): return reduceExam(state, session, event, at: now)
        case .training(let session): return reduceTraining(state, session, event, at: now)
        case .drill(let session): return reduceDrill(state, session, event, at: now)
        case let .examResumeOffer(saved, confirmingDiscard):
            return reduceResumeOffer(state, saved, confirmingDiscard: confirmingDiscard, event, at: now)
        case .examStart(let start): return reduceExamStart(state, start, event, at: now)
        case .practicePicker(let picker): return (reducePracticePicker(state, picker, event, at: now), [])
        case .progress, .pastAssessment, .pastExam:
            return (reduceProgress(state, event, at: now), [])
        }
    }

    private func reduceHome(_ state: AppState, highlighted: HomeEntry, _ event: AppEvent, at now: Date) -> (AppState, [AppEffect]) {
        var next = state
        next.homeMessage = nil
        var opened = next
        opened.leavesToHome = true
        switch event {
        case .homeHighlightMoved(let delta):
            let all = HomeEntry.allCases
            next.screen = .home(highlighted: all[min(max(highlighted.rawValue + delta, 0), all.count - 1)])
            return (next, [])
        case .homeEntryChosen(.practice): return (startPractice(opened, at: now), [])
        case .homePracticeFocused(let focus):
            guard let started = startPractice(opened, focus: focus, at: now) else {
                next.homeMessage = PracticeFocus.nothingToAsk(focus)
                return (next, [])
            }
            return (started, [])
        case .practicePickerOpened:
            next.screen = .practicePicker(PracticePicker(bank: bank))
            return (next, [])
        case .homeEntryChosen(.exam): return openExam(opened, at: now)
        case .homeEntryChosen(.train): return (startTraining(opened, at: now), [])
        case .homeEntryChosen(.drill): return (startDrill(opened, at: now), [])
        case .homeEntryChosen(.review): return (startReview(opened, cram: false, at: now), [])
        case .homeEntryChosen(.assess): return (startAssessment(opened, at: now), [])
        case .homeEntryChosen(.progress):
            next.screen = .progress
            next.readiness = ReadinessFigures(bank: bank, state: next, at: now)
            return (next, [])
        case .homeEntryChosen(.quit), .quitRequested: return (state, [.exit])
        default: return (state, [])
        }
    }

    /// Back to the home screen, with the due count brought up to date.
    public func home(_ state: AppState, highlighting entry: HomeEntry, at now: Date) -> AppState {
        var next = state
        next.screen = .home(highlighted: entry)
        next.dueForReview = reviewable.dueCount(in: state.schedule, at: now)
        next.policyStanding = standing(state, at: now)
        return next
    }

    /// Leaving a session: asks first while it is under way.
    func leave(_ state: AppState, underWay: Bool, at now: Date) -> (AppState, [AppEffect]) {
        guard underWay else { return leaveSession(state, at: now) }
        var next = state
        next.confirmingQuit = true
        return (next, [])
    }

    /// The session is left: back to the home screen when it was started from there, else the app quits. An exam
    /// left unfinished waits on the home screen as it was saved, to be resumed from Exam.
    func leaveSession(_ state: AppState, at now: Date) -> (AppState, [AppEffect]) {
        guard state.leavesToHome else { return (state, [.exit]) }
        var next = state
        next.confirmingQuit = false
        if case .exam(let session) = state.screen, session.isUnderWay {
            next.savedExam = try? ExamSnapshot(session).restore(from: bank)
        }
        return (home(next, highlighting: state.homeEntry, at: now), [])
    }

    /// Counts each answer a question session gave in the totals and the review schedule, and asks for it to be saved.
    func record(_ effects: [SessionEffect], sessionID: String, mode: StudyMode, into state: inout AppState) -> [AppEffect] {
        effects.map { effect in
            switch effect {
            case .answerRecorded(let outcome):
                count(outcome, sessionID: sessionID, mode: mode, into: &state)
                return .saveAnswer(outcome, sessionID: sessionID, mode: mode)
            }
        }
    }

    /// Counts an answer in the totals (per topic and per exam task), the review schedule and the recent results;
    /// saving it is the caller's effect.
    func count(_ outcome: AnswerOutcome, sessionID: String, mode: StudyMode, into state: inout AppState) {
        state.totals.add(topic: outcome.topic, credit: outcome.credit)
        state.matrixHistory.add(questionID: outcome.questionID, credit: outcome.credit)
        state.schedule.record(AnswerRecord(outcome, session: sessionID, mode: mode.rawValue))
        let task = reviewable.examTask(outcome.questionID)
        state.firstSight.record(questionID: outcome.questionID, task: task, credit: outcome.credit)
        state.recent.record(questionID: outcome.questionID, topic: outcome.topic, task: task, credit: outcome.credit)
        state.taskTotals.add(task: task, credit: outcome.credit)
    }

    /// A new session id: the mode, the time in milliseconds and the seed.
    func sessionID(_ mode: StudyMode, at now: Date, seed: UInt64) -> String {
        "\(mode.rawValue)-\(Int64((now.timeIntervalSince1970 * 1000).rounded()))-\(seed)"
    }

    /// The state with the seed after `state.nextSeed`, for the next draw.
    func advancingSeed(_ state: AppState) -> AppState {
        var next = state
        var generator = SeededGenerator(seed: state.nextSeed)
        next.nextSeed = generator.next()
        return next
    }
}
