import Foundation

/// The app's state machine: home screen, practice sessions, the progress screen and leaving.
public struct AppReducer: Sendable {
    public let bank: Bank

    public init(bank: Bank) {
        self.bank = bank
    }

    public func reduce(_ state: AppState, _ event: AppEvent, at now: Date) -> (AppState, [AppEffect]) {
        if case .bodyScrolled(let offset) = event {
            var next = state
            next.scroll = max(0, offset)
            return (next, [])
        }
        var (next, effects) = reduceScreen(state, event, at: now)
        if next.screen != state.screen { next.scroll = 0 }
        return (next, effects)
    }

    private func reduceScreen(_ state: AppState, _ event: AppEvent, at now: Date) -> (AppState, [AppEffect]) {
        var next = state
        if state.confirmingQuit {
            switch event {
            case .quitConfirmed: return (state, [.exit])
            case .quitCancelled, .quitRequested:
                next.confirmingQuit = false
                return (next, [])
            default: return (state, [])
            }
        }

        switch (state.screen, event) {
        case let (.home(highlighted), .homeHighlightMoved(delta)):
            let all = HomeEntry.allCases
            let index = min(max(highlighted.rawValue + delta, 0), all.count - 1)
            next.screen = .home(highlighted: all[index])
            return (next, [])

        case (.home, .homeEntryChosen(.practice)):
            return (startPractice(state, at: now), [])

        case (.home, .homeEntryChosen(.assess)):
            return (startAssessment(state, at: now), [])

        case (.home, .homeEntryChosen(.progress)):
            next.screen = .progress
            return (next, [])

        case (.home, .homeEntryChosen(.quit)), (.home, .quitRequested):
            return (state, [.exit])

        case let (.practice(session), .session(sessionEvent)):
            let (updated, sessionEffects) = SessionReducer.reduce(session, sessionEvent, at: now)
            next.screen = .practice(updated)
            var effects: [AppEffect] = []
            for case let .answerRecorded(outcome) in sessionEffects {
                next.totals.add(topic: outcome.topic, isCorrect: outcome.isCorrect)
                effects.append(.saveAnswer(outcome, sessionID: session.id, mode: .practice))
            }
            return (next, effects)

        case let (.practice(session), .quitRequested):
            if session.isUnderWay {
                next.confirmingQuit = true
                return (next, [])
            }
            return (state, [.exit])

        case (.practice(let session), .homeRequested) where !session.isUnderWay:
            next.screen = .home(highlighted: .practice)
            return (next, [])

        case let (.assess(session), .assess(assessEvent)):
            let (updated, sessionEffects) = AssessReducer.reduce(session, assessEvent, at: now)
            next.screen = .assess(updated)
            var effects: [AppEffect] = []
            for case let .answerRecorded(outcome) in sessionEffects {
                next.totals.add(topic: outcome.topic, isCorrect: outcome.isCorrect)
                effects.append(.saveAnswer(outcome, sessionID: session.id, mode: .assess))
            }
            return (next, effects)

        case let (.assess(session), .quitRequested):
            if session.isFinished { return (state, [.exit]) }
            next.confirmingQuit = true
            return (next, [])

        case (.assess(let session), .homeRequested) where session.isFinished:
            next.screen = .home(highlighted: .assess)
            return (next, [])

        case (.progress, .homeRequested), (.progress, .quitRequested):
            next.screen = .home(highlighted: .progress)
            return (next, [])

        default:
            return (state, [])
        }
    }

    /// The state with a new practice session drawn with `state.nextSeed`, and the seed after it ready.
    public func startPractice(_ state: AppState, at now: Date) -> AppState {
        let items = SessionBuilder.items(from: bank, count: state.sessionSize, seed: state.nextSeed)
        return start(items, state, at: now)
    }

    /// The state with a practice session that plays one scenario: its story, then its steps in order.
    public func startScenario(_ scenario: Scenario, _ state: AppState, at now: Date) -> AppState {
        start(SessionBuilder.items(playing: scenario, seed: state.nextSeed), state, at: now)
    }

    /// The state with a new self-assessment drawn with `state.nextSeed`.
    public func startAssessment(_ state: AppState, at now: Date) -> AppState {
        var next = state
        let seed = state.nextSeed
        let items = AssessBuilder.items(from: bank, count: state.assessLength, seed: seed)
        next.screen = .assess(AssessSession(id: sessionID("assess", at: now, seed: seed), items: items, startedAt: now))
        var generator = SeededGenerator(seed: seed)
        next.nextSeed = generator.next()
        return next
    }

    private func sessionID(_ mode: String, at now: Date, seed: UInt64) -> String {
        "\(mode)-\(Int64((now.timeIntervalSince1970 * 1000).rounded()))-\(seed)"
    }

    private func start(_ items: [SessionItem], _ state: AppState, at now: Date) -> AppState {
        var next = state
        let seed = state.nextSeed
        next.screen = .practice(PracticeSession(id: sessionID("practice", at: now, seed: seed), items: items, startedAt: now))
        var generator = SeededGenerator(seed: seed)
        next.nextSeed = generator.next()
        return next
    }
}
