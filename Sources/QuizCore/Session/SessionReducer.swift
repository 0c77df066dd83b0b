import Foundation

/// What a session asks the outside world to do.
public enum SessionEffect: Equatable, Sendable {
    /// An answer was given: it must be saved before anything else happens.
    case answerRecorded(AnswerOutcome)
}

/// The practice session state machine: `state + event -> new state + effects`, nothing else.
public enum SessionReducer {
    public static func reduce(
        _ session: PracticeSession, _ event: SessionEvent, at now: Date
    ) -> (PracticeSession, [SessionEffect]) {
        var next = session
        if session.showsStory {
            guard event == .storyClosed else { return (session, []) }
            next.showsStory = false
            next.questionShownAt = now
            return (next, [])
        }
        switch (session.phase, event) {
        case (.answering, .storyOpened), (.reviewing, .storyOpened):
            guard session.current?.scenario != nil else { return (session, []) }
            next.showsStory = true
            return (next, [])

        case let (.answering(highlighted, picked, _), .highlightMoved(delta)):
            guard let item = session.current else { return (session, []) }
            next.phase = .answering(highlighted: moved(highlighted, by: delta, among: item.order.count), picked: picked, notice: nil)
            return (next, [])

        case let (.answering(_, picked, _), .choicePicked(position)):
            guard let item = session.current, item.order.indices.contains(position) else { return (session, []) }
            if item.question.kind == .multiple {
                next.phase = .answering(highlighted: position, picked: picked.symmetricDifference([position]), notice: nil)
                return (next, [])
            }
            return answer(session, positions: [position], at: now)

        case let (.answering(highlighted, picked, _), .highlightedChoiceToggled):
            guard session.current?.question.kind == .multiple else { return (session, []) }
            guard let highlighted else {
                next.phase = .answering(highlighted: nil, picked: picked, notice: .chooseFirst)
                return (next, [])
            }
            next.phase = .answering(highlighted: highlighted, picked: picked.symmetricDifference([highlighted]), notice: nil)
            return (next, [])

        case let (.answering(highlighted, picked, _), .answerChosen):
            guard let item = session.current else { return (session, []) }
            guard item.question.kind == .multiple else {
                guard let highlighted else {
                    next.phase = .answering(highlighted: nil, picked: picked, notice: .chooseFirst)
                    return (next, [])
                }
                return answer(session, positions: [highlighted], at: now)
            }
            let required = item.question.picksRequired
            guard picked.count == required else {
                next.phase = .answering(
                    highlighted: highlighted, picked: picked, notice: .pickExactly(required: required, picked: picked.count)
                )
                return (next, [])
            }
            return answer(session, positions: picked, at: now)

        case (.reviewing, .nextRequested):
            next.position += 1
            next.questionShownAt = now
            next.phase = next.position < session.items.count ? PracticeSession.unanswered : .finished
            next.showsStory = next.current?.opensScenario ?? false
            return (next, [])

        default:
            return (session, [])
        }
    }

    /// The highlight after moving `delta` through `count` choices: from none, down starts at the first choice and up
    /// at the last.
    static func moved(_ highlighted: Int?, by delta: Int, among count: Int) -> Int {
        guard let highlighted else { return delta > 0 ? 0 : count - 1 }
        return min(max(highlighted + delta, 0), count - 1)
    }

    private static func answer(
        _ session: PracticeSession, positions: Set<Int>, at now: Date
    ) -> (PracticeSession, [SessionEffect]) {
        guard let item = session.current else { return (session, []) }
        let outcome = AnswerOutcome(
            questionID: item.question.id,
            topic: item.question.topic,
            chosen: positions.map { item.order[$0] }.sorted(),
            isCorrect: positions == item.correctPositions,
            seconds: max(0, now.timeIntervalSince(session.questionShownAt)),
            answeredAt: now
        )
        var next = session
        next.outcomes.append(outcome)
        next.phase = .reviewing(outcome)
        return (next, [.answerRecorded(outcome)])
    }
}
