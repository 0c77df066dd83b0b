import Foundation
import Testing
@testable import QuizCore
import QuizTestSupport
@testable import QuizUI

/// A finished exam as the Progress screen lists it and opens it: its result, then its review under each filter,
/// at 80x24 and 60x16, in plain mode too; and the practice picker.
@Suite struct PastExamRenderingTests {
    /// single right and flagged, multiple wrong (1 and 2 chosen), owner left alone and flagged.
    static let record: ExamRecord = {
        let session = Fixtures.exam(
            [Fixtures.single, Fixtures.multiple, Fixtures.owner],
            after: [.timerTicked, .choicePicked(0), .flagToggled, .movedToQuestion(.next), .choicePicked(0), .choicePicked(1),
                    .movedToQuestion(.next), .flagToggled, .timerTicked],
            minutes: 10
        )
        return ExamRecord(ExamResult(session: session, howEnded: .submitted, at: Fixtures.at(9)))
    }()

    func state(_ screen: AppState.Screen, exams: [ExamRecord] = [record]) -> AppState {
        var state = AppState(screen: screen, profile: "ada", totals: ProgressTotals(), sessionSize: 3, nextSeed: 1)
        state.exams = exams
        state.leavesToHome = true
        return state
    }

    let context = ViewContext(bank: Fixtures.bank, glyphs: .unicode)

    func text(_ state: AppState, width: Int = 80, height: Int = 24) -> String {
        AppView.render(state, context: context, width: width, height: height).lines.joined(separator: "\n")
    }

    @Test func progressListsThePastExamsWithTheirFiguresAndEOpensTheLatest() throws {
        let older = Self.record
        let shown = AppView.bodyLines(state(.progress, exams: [older, Self.record]), context: context, width: 78, height: 20)
            .map { $0.spans.map(\.text).joined() }
        let exam = ExamHistory.Exam(Self.record)
        #expect(shown.joined(separator: " ").contains("Exams (scaled scores are estimates; e opens the latest; < > in it for the others)"))
        #expect(shown.contains("2027-01-15 08:00 UTC: 1 of 3 (33%), scaled \(exam.scaledEstimate) fail, \(exam.timeUsedText) used, submitted"))
        #expect(shown.filter { $0.contains("1 of 3 (33%), scaled \(exam.scaledEstimate) fail, \(exam.timeUsedText) used, submitted") }.count == 2)
        #expect(KeyBindings.event(for: .character("e"), in: state(.progress, exams: [older, Self.record])) == .pastExamOpened(1))
        #expect(KeyBindings.event(for: .character("e"), in: state(.progress, exams: [])) == nil)
        let none = AppView.bodyLines(state(.progress, exams: []), context: context, width: 78, height: 20).map { $0.spans.map(\.text).joined() }
        #expect(none.contains("Exams: none yet (Exam on the home screen)."))
    }

    @Test func anOpenedExamShowsItsResultThenItsReviewUnderEachFilter() throws {
        let opened = state(.pastExam(PastExamReview(index: 0, filter: .all)))
        try GoldenFile.check(AppView.render(opened, context: context, width: 80, height: 24), "past-exam-80x24")
        let wrong = state(.pastExam(PastExamReview(index: 0, filter: .wrong, showsReview: true)))
        try GoldenFile.check(AppView.render(wrong, context: context, width: 80, height: 24), "past-exam-wrong-80x24")
        try GoldenFile.check(AppView.render(wrong, context: context, width: 60, height: 16), "past-exam-wrong-60x16")
        let shownWrong = text(wrong)
        #expect(shownWrong.contains("[w Wrong (1)]"))
        #expect(shownWrong.contains("Question 2 of 3 · ✘ Wrong"))
        #expect(shownWrong.contains("Your answer: 1 and 2; right answer: 1 and 3."))
        #expect(shownWrong.contains("Why not 2: AWS's."))
        #expect(!shownWrong.contains("Question 1 of 3"), "the wrong filter leaves out the right answer")

        let body = { (filter: ReviewFilter) in
            AppView.bodyLines(self.state(.pastExam(PastExamReview(index: 0, filter: filter))), context: self.context, width: 78, height: 20)
                .map { $0.spans.map(\.text).joined() }.filter { $0.hasPrefix("Question ") }
        }
        #expect(body(.all) == ["Question 1 of 3 · ✔ Correct · ⚑ flagged", "Question 2 of 3 · ✘ Wrong", "Question 3 of 3 · ✘ Unanswered · ⚑ flagged"])
        #expect(body(.flagged) == ["Question 1 of 3 · ✔ Correct · ⚑ flagged", "Question 3 of 3 · ✘ Unanswered · ⚑ flagged"])
        #expect(body(.unanswered) == ["Question 3 of 3 · ✘ Unanswered · ⚑ flagged"])
        let owner = text(state(.pastExam(PastExamReview(index: 0, filter: .unanswered, showsReview: true))))
        #expect(owner.contains("Your answer: none; right answer: 2."))
        #expect(owner.contains("Why 2 is right: \(OwnerQuestion.reason(picked: .customer, actual: .customer))"))
    }

    @Test func aQuestionGoneFromTheBankIsSaidToBeAndAnOldRecordHasNoReview() throws {
        let smaller = ViewContext(bank: Bank(topics: Fixtures.bank.topics, questions: [Fixtures.single, Fixtures.owner]), glyphs: .unicode)
        let gone = AppView.bodyLines(state(.pastExam(PastExamReview(index: 0, filter: .wrong))), context: smaller, width: 78, height: 20)
            .map { $0.spans.map(\.text).joined() }
        #expect(gone.contains { $0.contains("This question (t.multiple) is no longer in the bank as it was asked") })

        var object = try #require(try JSONSerialization.jsonObject(with: ProgressCoding.encoder().encode(Self.record)) as? [String: Any])
        object["items"] = nil
        object["tasks"] = nil
        let old = try ProgressCoding.decoder().decode(ExamRecord.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(old.items == nil)
        let shown = AppView.bodyLines(state(.pastExam(PastExamReview(index: 0, filter: .all)), exams: [old]), context: context, width: 78, height: 20)
            .map { $0.spans.map(\.text).joined() }
        #expect(shown.contains { $0.hasPrefix("This exam was taken before each question's answer was kept") })
        #expect(!shown.contains { $0.hasPrefix("Review:") })
    }

    @Test func keysFilterMoveBetweenExamsAndGoBack() {
        let review = PastExamReview(index: 0, filter: .all)
        let opened = state(.pastExam(review), exams: [Self.record, Self.record])
        #expect(KeyBindings.event(for: .character("w"), in: opened) == .pastExamFiltered(.wrong))
        #expect(KeyBindings.event(for: .character("f"), in: opened) == .pastExamFiltered(.flagged))
        #expect(KeyBindings.event(for: .character("u"), in: opened) == .pastExamFiltered(.unanswered))
        #expect(KeyBindings.event(for: .tab, in: opened) == .pastExamFiltered(.wrong))
        #expect(KeyBindings.event(for: .character(">"), in: opened) == .pastExamOpened(1))
        #expect(KeyBindings.event(for: .character("<"), in: opened) == nil)
        #expect(KeyBindings.event(for: .enter, in: opened) == .homeRequested)
        #expect(ReviewFilter.afterExam.map { $0.next(in: ReviewFilter.afterExam) } == [.wrong, .flagged, .unanswered, .all])
        #expect(!ReviewFilter.duringExam.contains(.wrong), "nothing is marked while the exam runs")
    }

    @Test func plainModeOpensTheLatestExamAndFiltersIt() {
        let progress = state(.progress)
        #expect(PlainFlow.prompt(progress) == "E opens the latest exam; Enter for the home screen: ")
        #expect(PlainFlow.read("e", in: progress) == .events([.pastExamOpened(0)]))
        #expect(PlainFlow.read("e", in: state(.progress, exams: [])) == .again("No exam has been taken yet."))
        let opened = state(.pastExam(PastExamReview(index: 0, filter: .all)))
        #expect(PlainFlow.read("w", in: opened) == .events([.pastExamFiltered(.wrong)]))
        #expect(PlainFlow.read(">", in: opened) == .again("There is no newer exam."))
        #expect(PlainFlow.read("", in: opened) == .events([.homeRequested]))
        let plain = PlainText.lines(state(.pastExam(PastExamReview(index: 0, filter: .wrong))), context: PlainText.context(bank: Fixtures.bank, utf8: true))
        #expect(plain.contains("Your answer: 1 and 2; right answer: 1 and 3."))
        #expect(plain.contains("Review:  a All (3)  [w Wrong (1)]  f Flagged (2)  u Unanswered (1)"))
    }
}
