import Foundation
import Testing
import QuizCore
import QuizTestSupport
@testable import QuizUI

/// The exam start screen in plain mode: numbered rows, Enter starts, q goes back.
@Suite struct PlainExamStartTests {
    @Test func aNumberChoosesARowEnterStartsAndQGoesBack() {
        let start = ExamStart(bank: Fixtures.bank, length: .full)
        #expect(PlainExamStart.prompt(start).contains("2 20 questions in 28 minutes"))
        #expect(PlainExamStart.read("2", in: start) == .events([.examStart(.highlightMoved(by: 1)), .examStart(.highlightedRowToggled)]))
        #expect(PlainExamStart.read("", in: start) == .events([.examStart(.started)]))
        #expect(PlainExamStart.read(" q ", in: start) == .events([.homeRequested]))
        if case .again = PlainExamStart.read("99", in: start) {} else { Issue.record("a number past the rows is asked again") }
        let state = AppState(screen: .examStart(start), profile: "p", totals: ProgressTotals(), sessionSize: 1, nextSeed: 1)
        #expect(PlainFlow.prompt(state) == PlainExamStart.prompt(start))
    }
}
