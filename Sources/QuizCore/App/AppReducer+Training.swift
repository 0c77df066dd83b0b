import Foundation

extension AppReducer {
    func reduceTraining(_ state: AppState, _ session: TrainingSession, _ event: AppEvent, at now: Date) -> (AppState, [AppEffect]) {
        switch event {
        case .training(let trainingEvent):
            var next = state
            let (updated, trainingEffects) = TrainingReducer.reduce(session, trainingEvent, at: now)
            next.screen = .training(updated)
            var changes: [ProgressChange] = []
            for effect in trainingEffects {
                switch effect {
                case let .answerRecorded(outcome, sessionID):
                    count(outcome, sessionID: sessionID, mode: .train, into: &next)
                    changes.append(.answer(outcome, sessionID: sessionID, mode: .train))
                case .moduleFinished(let result):
                    next.trainingResults.append(result)
                    changes.append(.moduleResult(result))
                case .trainingCompleted(let record):
                    changes.append(.completion(record))
                }
            }
            return (next, changes.isEmpty ? [] : [.saveProgress(changes)])
        case .quitRequested: return leave(state, underWay: session.isUnderWay, at: now)
        case .homeRequested where !session.isUnderWay: return (home(state, highlighting: .train, at: now), [])
        default: return (state, [])
        }
    }

    /// Training where the learner left off: the module list, the next module to take highlighted.
    public func startTraining(_ state: AppState) -> AppState {
        var next = advancingSeed(state)
        let session = TrainingSession(
            profile: state.profile, modules: bank.trainingModules, passMark: state.trainingPassMark ?? bank.trainingPassMark,
            bankFingerprint: BankFingerprint.of(bank), earlierResults: state.trainingResults, seed: state.nextSeed
        )
        next.screen = .training(session)
        return next
    }
}
