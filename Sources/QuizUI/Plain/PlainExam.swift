import QuizCore

/// The mock exam in plain mode: each question printed whole with the time left, and typed commands for all the
/// full screen does (answer, go back and forth, jump, flag, the review list, the time, submit, leave). An answer
/// moves on to the next question; going back changes it. After submitting, the result and every question's review.
enum PlainExam {
    /// The commands, as `?` prints them.
    static let commands = """
        Commands: a choice number answers (two numbers for "choose two") and moves on; n next question; \
        p previous question; j and a number jumps to that question (j 12); f flags or unflags the question; \
        r the review list; t time left; s submit; q leave (the exam is kept to resume); g the glossary.
        """

    static func lines(_ session: ExamSession, context: ViewContext, width: Int) -> [StyledLine] {
        switch session.phase {
        case .answering:
            return questionLines(session, context: context, width: width)
        case .confirmingSubmit(let list):
            var body = BodyBuilder(width: width)
            let under = list.map { reviewListLines(session, list: $0, context: context, width: width) }
                ?? questionLines(session, context: context, width: width)
            for line in ExamSubmitConfirmView.lines(session).dropLast() { body.paragraph(line) }
            return under + [.blank] + body.lines
        case .reviewList(let list):
            return reviewListLines(session, list: list, context: context, width: width)
        case .finished(let result), .reviewingResults(let result, _):
            var lines = ExamResultView.lines(result, session: session, context: context, width: width)
            for position in result.questions.indices {
                lines += [.blank] + ExamResultsReviewView.lines(result, position: position, session: session, context: context, width: width)
            }
            return lines
        }
    }

    /// "Question 3 of 65, 2 answered, flagged, time left 84:10": the line each question starts with.
    static func status(_ session: ExamSession) -> String {
        var parts = ["Question \(session.position + 1) of \(session.items.count)", "\(session.answeredCount) answered"]
        if session.flagged.contains(session.position) { parts.append("flagged") }
        parts.append("time left \(ExamText.clock(session.secondsLeft))")
        return parts.joined(separator: ", ")
    }

    private static func questionLines(_ session: ExamSession, context: ViewContext, width: Int) -> [StyledLine] {
        var body = BodyBuilder(width: width)
        body.line([Span(status(session), .heading)])
        if let warning = session.activeWarning { body.paragraph(ExamText.warning(warning), style: .notice) }
        guard let item = session.current else { return body.lines }
        body.blank()
        body.paragraph(PracticeView.prompt(item.question), style: .heading)
        body.blank()
        for (position, choice) in item.shownChoices.enumerated() {
            body.paragraph(choice.text, prefix: [Span("\(position + 1). ")])
        }
        body.blank()
        let picked = session.picks[session.position].sorted().map { String($0 + 1) }
        body.line([Span(picked.isEmpty ? "Not answered yet." : "Your answer: \(picked.joined(separator: " and ")).")])
        return body.lines
    }

    private static func reviewListLines(_ session: ExamSession, list: ExamSession.ReviewList, context: ViewContext, width: Int) -> [StyledLine] {
        var body = BodyBuilder(width: width)
        body.line([Span(
            "Review list (\(list.filter.title.lowercased())): \(session.answeredCount) of \(session.items.count) answered, "
                + "\(session.flagged.count) flagged, time left \(ExamText.clock(session.secondsLeft))",
            .heading
        )])
        if let warning = session.activeWarning { body.paragraph(ExamText.warning(warning), style: .notice) }
        body.blank()
        let rows = session.reviewRows(list.filter)
        if rows.isEmpty { body.line([Span("No question is \(list.filter.title.lowercased()).")]) }
        for index in rows {
            var words = ["Question \(index + 1)", session.isAnswered(index) ? "answered" : "not answered"]
            if session.flagged.contains(index) { words.append("flagged") }
            body.line([Span(words.joined(separator: ", "))])
        }
        return body.lines
    }

    static func prompt(_ session: ExamSession) -> String {
        switch session.phase {
        case .answering:
            guard let item = session.current else { return "" }
            let answer = item.question.kind == .multiple
                ? "Choose \(item.question.picksRequired) (numbers such as 1 3)"
                : "Answer 1-\(item.order.count)"
            return "\(answer), or n, p, j N, f, r, t, s, q (? lists them): "
        case .reviewList:
            return "Question number to go to, Enter (or r) for the question you were on, a all, u unanswered, f flagged, t, s submit, q leave: "
        case .confirmingSubmit:
            return "Submit the exam? y submits, n keeps working: "
        case .finished, .reviewingResults:
            return ""
        }
    }

    static func read(_ line: String, in session: ExamSession) -> PlainFlow.Reading {
        let typed = line.trimmingCharacters(in: .whitespaces).lowercased()
        switch typed {
        case "q", "quit": return .events([.quitRequested, .quitConfirmed])
        case "t": return .again("Time left \(ExamText.clock(session.secondsLeft)).")
        case "?", "h", "help": return .again(commands)
        default: break
        }
        switch session.phase {
        case .answering: return readAnswering(typed, in: session)
        case .reviewList: return readReviewList(typed, in: session)
        case .confirmingSubmit:
            switch typed {
            case "y", "yes": return .events([.exam(.submitConfirmed)])
            case "n", "no": return .events([.exam(.submitCancelled)])
            default: return .again("Type y to submit or n to keep working.")
            }
        case .finished, .reviewingResults:
            return .again("The exam is over.")
        }
    }

    private static func readAnswering(_ typed: String, in session: ExamSession) -> PlainFlow.Reading {
        switch typed {
        case "n": return .events([.exam(.movedToQuestion(.next))])
        case "p":
            guard session.position > 0 else { return .again("This is the first question.") }
            return .events([.exam(.movedToQuestion(.previous))])
        case "f": return .events([.exam(.flagToggled)])
        case "r": return .events([.exam(.reviewListOpened)])
        case "s": return .events([.exam(.submitRequested)])
        default: break
        }
        if typed.hasPrefix("j") || typed.hasPrefix("#") {
            return jump(typed.dropFirst().trimmingCharacters(in: .whitespaces), in: session)
        }
        guard let item = session.current else { return .again("Nothing to answer here.") }
        switch TypedAnswer.parse(typed, choiceCount: item.order.count, picks: item.question.picksRequired) {
        case .quit: return .events([.quitRequested, .quitConfirmed])
        case .empty: return .again("Type your answer, or ? for the commands.")
        case .invalid(let reason): return .again(reason.prefix(1).uppercased() + reason.dropFirst() + ". Type ? for the commands.")
        case .choices(let positions):
            let before = session.picks[session.position]
            let toggles = item.question.kind == .multiple ? before.symmetricDifference(Set(positions)).sorted() : [positions[0]]
            return .events(toggles.map { .exam(.choicePicked($0)) } + [.exam(.movedToQuestion(.next))])
        }
    }

    private static func readReviewList(_ typed: String, in session: ExamSession) -> PlainFlow.Reading {
        switch typed {
        case "", "r": return .events([.exam(.reviewListClosed)])
        case "s": return .events([.exam(.submitRequested)])
        default: break
        }
        if let filter = ReviewFilter.duringExam.first(where: { String($0.key) == typed }) {
            return .events([.exam(.reviewFilterChanged(filter))])
        }
        let number = typed.hasPrefix("j") || typed.hasPrefix("#") ? typed.dropFirst().trimmingCharacters(in: .whitespaces) : typed
        return jump(number, in: session)
    }

    private static func jump(_ typed: String, in session: ExamSession) -> PlainFlow.Reading {
        guard let number = Int(typed), session.items.indices.contains(number - 1) else {
            return .again("Type a question number from 1 to \(session.items.count).")
        }
        return .events([.exam(.movedToQuestion(.index(number - 1)))])
    }

    static func resumePrompt(confirmingDiscard: Bool) -> String {
        confirmingDiscard
            ? "Drop the saved exam and start a new one? y drops it, n keeps it: "
            : "Resume the saved exam? y resumes, n starts a new one (asks first), q leaves: "
    }

    static func readResumeOffer(_ line: String, confirmingDiscard: Bool) -> PlainFlow.Reading {
        let typed = line.trimmingCharacters(in: .whitespaces).lowercased()
        switch (confirmingDiscard, typed) {
        case (false, "y"), (false, "yes"): return .events([.examResumeAccepted])
        case (false, "n"), (false, "no"): return .events([.examResumeDeclined])
        case (false, "q"), (false, "quit"): return .events([.quitRequested])
        case (true, "y"), (true, "yes"): return .events([.examDiscardConfirmed])
        case (true, "n"), (true, "no"), (true, "q"): return .events([.examDiscardCancelled])
        default: return .again("Type y or n.")
        }
    }
}
