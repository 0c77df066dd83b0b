import QuizCore

/// The home screen: what the app is, the modes, and where the learner stands.
enum HomeView {
    static func lines(highlighted: HomeEntry, state: AppState, context: ViewContext, width: Int) -> [StyledLine] {
        let glyphs = context.glyphs
        var body = BodyBuilder(width: width)
        if let notice = state.notice {
            body.blank()
            body.paragraph(notice, style: .notice)
        }
        if let message = state.homeMessage {
            body.blank()
            body.paragraph(message, style: .notice)
        }
        if let policy = state.policy, let standing = state.policyStanding {
            let urgent: Set<PolicyStanding.Status> = [.overdue, .expired, .belowPassMark, .otherBank]
            body.blank()
            body.paragraph(standing.homeLine(policyName: policy.name), style: urgent.contains(standing.status) ? .notice : .plain)
        }
        body.blank()
        body.paragraph("Learn who secures what in AWS: AWS secures the cloud itself (security OF the cloud); you secure what you put in it (security IN the cloud).")
        body.blank()
        let titleWidth = HomeEntry.allCases.map { DisplayWidth.of($0.title) }.max()!
        for entry in HomeEntry.allCases {
            let isOn = entry == highlighted
            let pointer = isOn ? glyphs.pointer : " "
            let title = entry.title.padding(toLength: titleWidth, withPad: " ", startingAt: 0)
            let summary = switch entry {
            case .review where state.historyPending: "counting what is due; \(entry.summary)"
            case .review: "\(state.dueForReview) due now; \(entry.summary)"
            case .practice where state.historyPending: entry.summary
            case .practice: practiceSummary(state, entry: entry)
            case .exam: state.savedExam.map(Self.waiting) ?? entry.summary
            default: entry.summary
            }
            body.paragraph(
                summary, style: isOn ? .plain : .muted,
                prefix: [Span(" \(pointer) "), Span("\(entry.rawValue + 1). \(title)", isOn ? .selected : .plain), Span("  ")],
                highlighted: isOn
            )
        }
        body.blank()
        let bank = context.bank
        body.paragraph("Question bank: \(bank.questions.count) questions in \(bank.topics.count) topics.", style: .muted)
        let coverage = context.coverage
        if !coverage.covered.isEmpty { body.paragraph(coverage.sentence, style: .muted) }
        body.paragraph(ProgressView.overallSentence(state.totals), style: .muted)
        if let sync = context.lrsSync { body.paragraph(sync.line(), style: sync.problem == nil ? .muted : .notice) }
        return body.lines
    }

    /// "questions explained after each answer; w your weakest area (task 2.3), m the 4 you missed".
    static func practiceSummary(_ state: AppState, entry: HomeEntry) -> String {
        var aims: [String] = []
        if let weakest = state.recent.weakest {
            let name = switch weakest.focus {
            case .task(let task): "task \(task.id)"
            case .topic(let topic): "topic \(topic)"
            default: "area"
            }
            aims.append("w your weakest (\(name))")
        }
        let missed = state.recent.missed.count
        if missed > 0 { aims.append("m the \(missed) you missed") }
        return aims.isEmpty ? entry.summary : entry.summary + "; " + aims.joined(separator: ", ")
    }

    /// "in progress: 23 of 65 answered, 51:10 left": an unfinished exam waits to be resumed.
    static func waiting(_ exam: ExamSession) -> String {
        "in progress: \(exam.answeredCount) of \(exam.items.count) answered, \(ExamText.clock(exam.secondsLeft)) left"
    }
}
