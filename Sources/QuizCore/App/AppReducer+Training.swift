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
                    next.completions.append(record)
                    changes.append(.completion(record))
                }
            }
            return (next, changes.isEmpty ? [] : [.saveProgress(changes)])
        case .quitRequested: return leave(state, underWay: session.isUnderWay, at: now)
        case .homeRequested where !session.isUnderWay: return (home(state, highlighting: .train, at: now), [])
        default: return (state, [])
        }
    }

    /// Training where the learner left off: the module list, the next module to take highlighted. Under a policy,
    /// the policy's modules at its pass mark or above, counting only the results that can still make a completion
    /// the policy accepts.
    public func startTraining(_ state: AppState, at now: Date) -> AppState {
        var next = advancingSeed(state)
        let passMark = trainingPassMark(state)
        var session: TrainingSession
        if let policy = state.policy {
            session = TrainingSession(
                profile: state.profile, modules: policy.modules(of: bank), passMark: passMark, bankFingerprint: BankFingerprint.of(bank),
                earlierResults: state.trainingResults.filter { policy.counts($0, at: now) }, seed: state.nextSeed
            )
            session.policy = PolicyStamp(id: policy.id, version: policy.version)
            session.holdsCompletion = standing(state, at: now)?.status == .compliant
        } else {
            session = TrainingSession(
                profile: state.profile, modules: bank.trainingModules, passMark: passMark, bankFingerprint: BankFingerprint.of(bank),
                earlierResults: state.trainingResults, seed: state.nextSeed
            )
        }
        next.screen = .training(session)
        return next
    }

    /// The pass mark training uses: the one asked for, else the policy's training mark, else the bank's.
    func trainingPassMark(_ state: AppState) -> PassMark {
        state.trainingPassMark ?? state.policy?.trainingPassMark(bankMark: bank.trainingPassMark) ?? bank.trainingPassMark
    }

    /// Where the learner stands against the policy in force at `now`; nil without one.
    func standing(_ state: AppState, at now: Date) -> PolicyStanding? {
        state.policy.map { policy in
            PolicyStanding.judge(
                policy, completions: state.completions, results: state.trainingResults, trainingPassMark: trainingPassMark(state), now: now
            )
        }
    }
}
