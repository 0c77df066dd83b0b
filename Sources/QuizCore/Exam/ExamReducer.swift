import Foundation

/// The mock exam's state machine: `state + event -> new state + effects`, nothing else.
public enum ExamReducer {
    public static func reduce(_ session: ExamSession, _ event: ExamEvent, at now: Date) -> (ExamSession, [ExamEffect]) {
        if event == .timerTicked { return tick(session, at: now) }
        var next = session
        next.activeWarning = nil
        switch (session.phase, event) {
        case (.answering, .highlightMoved(let delta)):
            guard let item = session.current else { return (next, []) }
            next.highlighted = SessionReducer.moved(session.highlighted, by: delta, among: item.order.count)
            return (next, [])

        case (.answering, .choicePicked(let position)):
            guard let item = session.current, item.order.indices.contains(position) else { return (next, []) }
            next.highlighted = position
            return pick(position, of: item, in: next)

        case (.answering, .highlightedChoiceToggled):
            guard let item = session.current, let highlighted = session.highlighted else { return (next, []) }
            return pick(highlighted, of: item, in: next)

        case (.answering, .movedToQuestion(.next)) where session.position == session.items.count - 1:
            next.phase = .reviewList(ExamSession.ReviewList(filter: .all, highlighted: session.position))
            return (next, [])

        case (.answering, .movedToQuestion(let move)), (.reviewList, .movedToQuestion(let move)):
            let target = switch move {
            case .next: session.position + 1
            case .previous: session.position - 1
            case .index(let index): index
            }
            guard session.items.indices.contains(target) else { return (next, []) }
            next.phase = .answering
            guard target != session.position else { return (next, []) }
            next.position = target
            next.highlighted = session.picks[target].min()
            return withSnapshot(next)

        case (.answering, .flagToggled):
            guard session.current != nil else { return (next, []) }
            next.flagged.formSymmetricDifference([session.position])
            return withSnapshot(next)

        case (.answering, .reviewListOpened):
            next.phase = .reviewList(ExamSession.ReviewList(filter: .all, highlighted: session.position))
            return (next, [])

        case (.reviewList(var list), .highlightMoved(let delta)):
            let rows = session.reviewRows(list.filter).count
            list.highlighted = min(max(list.highlighted + delta, 0), max(rows - 1, 0))
            list.typedNumber = nil
            next.phase = .reviewList(list)
            return (next, [])

        case (.reviewList(let list), .reviewListDigitTyped(let digit)):
            next.phase = .reviewList(typing(digit, into: list, of: session))
            return (next, [])

        case (.reviewList, .reviewFilterChanged(let filter)):
            next.phase = .reviewList(ExamSession.ReviewList(filter: filter, highlighted: 0))
            return (next, [])

        case (.reviewList, .reviewListClosed):
            next.phase = .answering
            return (next, [])

        case (.answering, .submitRequested):
            next.phase = .confirmingSubmit(returningTo: nil)
            return (next, [])

        case (.reviewList(let list), .submitRequested):
            next.phase = .confirmingSubmit(returningTo: list)
            return (next, [])

        case (.confirmingSubmit(let list), .submitCancelled):
            next.phase = list.map { .reviewList($0) } ?? .answering
            return (next, [])

        case (.confirmingSubmit, .submitConfirmed):
            return submit(next, howEnded: .submitted, at: now)

        case (.finished(let result), .resultsReviewOpened):
            next.phase = .reviewingResults(result, position: 0)
            return (next, [])

        case (.reviewingResults(let result, let position), .movedToQuestion(let move)):
            let target = switch move {
            case .next: position + 1
            case .previous: position - 1
            case .index(let index): index
            }
            if move == .next && target == result.questions.count {
                next.phase = .finished(result)
            } else if result.questions.indices.contains(target) {
                next.phase = .reviewingResults(result, position: target)
            }
            return (next, [])

        case (.reviewingResults(let result, _), .resultsReviewClosed):
            next.phase = .finished(result)
            return (next, [])

        default:
            return (next, [])
        }
    }

    /// The list after a digit of a question number: the number grows while it stays within the exam, else it starts
    /// again from the digit; the question it names is highlighted, under the All filter if the current one hides it.
    private static func typing(_ digit: Int, into list: ExamSession.ReviewList, of session: ExamSession) -> ExamSession.ReviewList {
        var next = list
        let count = session.items.count
        let grown = (list.typedNumber ?? 0) * 10 + digit
        let number = grown <= count ? grown : digit
        guard (1...max(count, 1)).contains(number), count > 0 else {
            next.typedNumber = nil
            return next
        }
        next.typedNumber = number
        if !session.reviewRows(list.filter).contains(number - 1) { next.filter = .all }
        next.highlighted = session.reviewRows(next.filter).firstIndex(of: number - 1) ?? list.highlighted
        return next
    }

    /// Selects a single choice (picking it again changes nothing), toggles a multiple-response one.
    private static func pick(_ position: Int, of item: SessionItem, in session: ExamSession) -> (ExamSession, [ExamEffect]) {
        var next = session
        let before = session.picks[session.position]
        let after = item.question.kind == .multiple ? before.symmetricDifference([position]) : [position]
        guard after != before else { return (next, []) }
        next.picks[session.position] = after
        return withSnapshot(next)
    }

    private static func tick(_ session: ExamSession, at now: Date) -> (ExamSession, [ExamEffect]) {
        guard session.isUnderWay else { return (session, []) }
        var next = session
        let counted = ExamTimer.counted(since: session.lastTickAt, until: now)
        next.lastTickAt = now
        next.secondsLeft = max(0, session.secondsLeft - counted)
        if session.phase == .answering, session.current != nil {
            next.secondsOnQuestion[session.position] += counted
        }
        if next.secondsLeft == 0 {
            return submit(next, howEnded: .timeExpired, at: now)
        }
        let reached = ExamTimer.warningsReached(from: session.secondsLeft, to: next.secondsLeft, shown: session.warningsShown)
        if let urgent = reached.min(by: { $0.minutesLeft < $1.minutesLeft }) {
            next.warningsShown.formUnion(reached)
            next.activeWarning = urgent
        }
        if next.secondsLeftAtLastSnapshot - next.secondsLeft >= ExamTimer.snapshotInterval {
            return withSnapshot(next)
        }
        return (next, [])
    }

    private static func submit(_ session: ExamSession, howEnded: ExamEnding, at now: Date) -> (ExamSession, [ExamEffect]) {
        var next = session
        let result = ExamResult(session: session, howEnded: howEnded, at: now)
        next.activeWarning = nil
        next.phase = .finished(result)
        return (next, [.examSubmitted(result)])
    }

    private static func withSnapshot(_ session: ExamSession) -> (ExamSession, [ExamEffect]) {
        var next = session
        next.secondsLeftAtLastSnapshot = session.secondsLeft
        return (next, [.snapshotChanged(ExamSnapshot(next))])
    }
}
