import QuizCore

/// The learner's totals: overall, per topic and per exam task, with a bar for accuracy; then the past
/// self-assessments, each a key away, and readiness (`ReadinessView`).
enum ProgressView {
    /// How many past assessments the screen lists (latest first), one digit each.
    static let assessmentsListed = 9

    static func lines(_ state: AppState, context: ViewContext, width: Int) -> [StyledLine] {
        let totals = state.totals
        var body = BodyBuilder(width: width)
        body.line([Span("Your progress", .heading)])
        body.blank()
        body.paragraph(overallSentence(totals))
        body.blank()
        let nameWidth = min(40, max(10, width - 34))
        let header = "Topic".padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  Answered  Right  Accuracy"
        body.line([Span(header, .heading)])
        for topic in context.bank.topics {
            let tally = totals.byTopic[topic.id] ?? ProgressTotals.Tally()
            let name = context.fitted(topic.title, width: nameWidth)
            body.line(row(name, tally, nameWidth: nameWidth, glyphs: context.glyphs))
        }
        addAssessments(state.assessments, to: &body)
        addExams(state.exams, to: &body)
        addTasks(state.taskTotals, context: context, to: &body)
        ReadinessView.add(state.readiness, context: context, to: &body)
        return body.lines
    }

    /// The latest assessments, newest first, numbered for the key that opens each.
    private static func addAssessments(_ assessments: [PastAssessment], to body: inout BodyBuilder) {
        body.blank()
        guard !assessments.isEmpty else {
            body.paragraph("Self-assessments: none yet (Self-assessment on the home screen).", style: .muted)
            return
        }
        let listed = min(assessments.count, assessmentsListed)
        body.line([Span("Self-assessments (\(listed == 1 ? "1 opens it" : "1-\(listed) opens one"))", .heading)])
        for (number, assessment) in assessments.reversed().prefix(listed).enumerated() {
            let tally = ProgressTotals(credits: assessment.answers.lazy.map { (topic: $0.topic, credit: $0.credit) }).overall
            let sure = Calibration(assessment.answers)[.sure]
            var text = "\(AssessResultView.day(assessment.record.finishedAt)) \(Credit.text(tally.correct)) of \(tally.answered) right"
            if let accuracy = tally.accuracy { text += " (\(percent(accuracy)))" }
            if let accuracy = sure.accuracy { text += ", sure \(percent(accuracy)) right" }
            body.paragraph(text, prefix: [Span("\(number + 1)  ", .key)])
        }
        if assessments.count > listed {
            body.paragraph("and \(assessments.count - listed) older.", style: .muted)
        }
    }

    /// The state's index of the assessment listed under `number` (1 the latest).
    static func assessmentIndex(listedAs number: Int, among count: Int) -> Int? {
        guard number >= 1, number <= min(count, assessmentsListed) else { return nil }
        return count - number
    }

    /// A past assessment's result, as it was shown when it ended, with the matrix history as it is now.
    static func pastAssessmentLines(_ state: AppState, index: Int, context: ViewContext, width: Int, height: Int) -> [StyledLine] {
        var body = BodyBuilder(width: width)
        guard state.assessments.indices.contains(index) else { return body.lines }
        let assessment = state.assessments[index]
        let result = AssessmentResult(answers: assessment.answers, bank: context.bank)
        AssessResultView.add(result, finishedAt: assessment.record.finishedAt, history: state.matrixHistory, context: context, height: height, to: &body)
        return body.lines
    }

    /// Accuracy per CLF-C02 task statement the bank covers, beside the topics: the exam's own breakdown.
    private static func addTasks(_ tasks: TaskTotals, context: ViewContext, to body: inout BodyBuilder) {
        let covered = context.coverage.covered
        guard !covered.isEmpty else { return }
        body.blank()
        let nameWidth = min(40, max(10, body.width - 34))
        body.line([Span("Exam task (CLF-C02)".padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  Answered  Right  Accuracy", .heading)])
        for task in covered {
            let tally = tasks.byTask[task] ?? ProgressTotals.Tally()
            let name = context.fitted("\(task.id) \(task.title)", width: nameWidth)
            body.line(row(name, tally, nameWidth: nameWidth, glyphs: context.glyphs))
        }
    }

    /// A name, its answered and right counts, its accuracy and a bar.
    private static func row(_ name: String, _ tally: ProgressTotals.Tally, nameWidth: Int, glyphs: Glyphs) -> [Span] {
        let padded = name + String(repeating: " ", count: max(0, nameWidth - DisplayWidth.of(name)))
        let counts = String(tally.answered).leftPad(10) + Credit.text(tally.correct).leftPad(7)
        var spans = [Span(padded + counts + "  ")]
        if let accuracy = tally.accuracy {
            spans.append(Span(percent(accuracy).leftPad(4) + " ", accuracy >= 0.8 ? .correct : accuracy < 0.5 ? .wrong : .plain))
            spans.append(Span(bar(accuracy, glyphs: glyphs), .muted))
        } else {
            spans.append(Span("   -", .muted))
        }
        return spans
    }

    static func overallSentence(_ totals: ProgressTotals) -> String {
        guard let accuracy = totals.overall.accuracy else { return "No answers yet: start with Practice." }
        let answered = totals.overall.answered
        return "You have answered \(answered) question\(answered == 1 ? "" : "s"), \(percent(accuracy)) of them right."
    }

    static func percent(_ fraction: Double) -> String {
        "\(Int((fraction * 100).rounded()))%"
    }

    private static func bar(_ fraction: Double, glyphs: Glyphs) -> String {
        let cells = 10
        let full = Int((fraction * Double(cells)).rounded())
        return String(repeating: glyphs.barFull, count: full) + String(repeating: glyphs.barEmpty, count: cells - full)
    }
}

extension String {
    func leftPad(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
