import Foundation

/// What awareness training asks the outside world to do.
public enum TrainingEffect: Equatable, Sendable {
    /// An answer was given: save it (mode "train") under the attempt's session id before anything else happens.
    case answerRecorded(AnswerOutcome, sessionID: String)
    /// A module's last question was answered: save the result, passed or not.
    case moduleFinished(ModuleResult)
    /// The last module not yet passed was passed: save the completion record. Emitted once.
    case trainingCompleted(CompletionRecord)
}

/// The training state machine: `state + event -> new state + effects`, nothing else. The questions of a module
/// run through `SessionReducer`, as in practice.
public enum TrainingReducer {
    public static func reduce(
        _ state: TrainingSession, _ event: TrainingEvent, at now: Date
    ) -> (TrainingSession, [TrainingEffect]) {
        var next = state
        switch (state.screen, event) {
        case let (.moduleList(highlighted, _), .highlightMoved(delta)):
            guard !state.modules.isEmpty else { return (state, []) }
            next.screen = .moduleList(highlighted: min(max(highlighted + delta, 0), state.modules.count - 1), notice: nil)
            return (next, [])

        case let (.moduleList(highlighted, _), .moduleChosen):
            guard state.modules.indices.contains(highlighted) else { return (state, []) }
            guard state.isUnlocked(highlighted) else {
                next.screen = .moduleList(highlighted: highlighted, notice: .locked(module: highlighted, passFirst: state.nextModule ?? 0))
                return (next, [])
            }
            next.screen = .page(module: highlighted, page: 0)
            return (next, [])

        case let (.page(module, page), .nextPageRequested):
            if page + 1 < state.modules[module].pages.count {
                next.screen = .page(module: module, page: page + 1)
                return (next, [])
            }
            return (startAttempt(state, module: module, testingOut: false, at: now), [])

        case let (.page(module, page), .previousPageRequested):
            next.screen = page > 0 ? .page(module: module, page: page - 1) : .moduleList(highlighted: module, notice: nil)
            return (next, [])

        case (.page(let module, 0), .testOutRequested):
            return (startAttempt(state, module: module, testingOut: true, at: now), [])

        case let (.questions(module, attempt), .question(sessionEvent)):
            return answer(state, module: module, attempt: attempt, sessionEvent, at: now)

        case (.result(let module, _), .retakeRequested):
            next.screen = .page(module: module, page: 0)
            return (next, [])

        case let (.result(module, attempt), .continueRequested):
            if attempt.completesTraining, let record = state.completion {
                next.screen = .completed(record)
            } else {
                next.screen = .moduleList(highlighted: state.nextModule ?? module, notice: nil)
            }
            return (next, [])

        case (.completed, .continueRequested):
            next.screen = .moduleList(highlighted: 0, notice: nil)
            return (next, [])

        default:
            return (state, [])
        }
    }

    /// The state with a fresh attempt at `module` on screen, drawn with `nextSeed`, and the seed after it ready.
    private static func startAttempt(_ state: TrainingSession, module: Int, testingOut: Bool, at now: Date) -> TrainingSession {
        let seed = state.nextSeed
        let items = TrainingDraw.items(for: state.modules[module], seed: seed)
        guard !items.isEmpty else { return state }
        var next = state
        let id = "train-\(Int64((now.timeIntervalSince1970 * 1000).rounded()))-\(seed)"
        let questions = PracticeSession(id: id, items: items, startedAt: now)
        next.screen = .questions(module: module, attempt: TrainingSession.ModuleAttempt(questions: questions, testingOut: testingOut, startedAt: now))
        var generator = SeededGenerator(seed: seed)
        next.nextSeed = generator.next()
        return next
    }

    /// Runs a question event through the practice reducer; the last answer also finishes the module, and leaving
    /// its feedback shows the result.
    private static func answer(
        _ state: TrainingSession, module: Int, attempt: TrainingSession.ModuleAttempt, _ event: SessionEvent, at now: Date
    ) -> (TrainingSession, [TrainingEffect]) {
        var next = state
        var attempt = attempt
        let (questions, sessionEffects) = SessionReducer.reduce(attempt.questions, event, at: now)
        attempt.questions = questions
        var effects: [TrainingEffect] = sessionEffects.map { effect in
            switch effect {
            case .answerRecorded(let outcome): .answerRecorded(outcome, sessionID: questions.id)
            }
        }
        if attempt.result == nil, questions.outcomes.count == questions.items.count {
            let wasComplete = state.allPassed && state.holdsCompletion
            let result = ModuleResult(
                moduleID: state.modules[module].id, title: state.modules[module].title, correct: questions.score,
                total: questions.items.count, passMark: state.passMark, testedOut: attempt.testingOut, startedAt: attempt.startedAt,
                finishedAt: now, session: questions.id, bankFingerprint: state.bankFingerprint,
                questionIds: questions.items.map(\.question.id)
            )
            attempt.result = result
            next.results.append(result)
            effects.append(.moduleFinished(result))
            if !wasComplete, state.passMark.isMet(correct: result.correct, total: result.total), var record = CompletionRecord(
                profile: state.profile, modules: state.modules, results: next.results, passMark: state.passMark,
                bankFingerprint: state.bankFingerprint, completedAt: now
            ) {
                record.policyId = state.policy?.id
                record.policyVersion = state.policy?.version
                next.holdsCompletion = true
                attempt.completesTraining = true
                next.completion = record
                effects.append(.trainingCompleted(record))
            }
        }
        if questions.phase == .finished, attempt.result != nil {
            next.screen = .result(module: module, attempt: attempt)
        } else {
            next.screen = .questions(module: module, attempt: attempt)
        }
        return (next, effects)
    }
}
