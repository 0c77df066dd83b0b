import Foundation
import Testing
import QuizCore
import QuizTestSupport
@testable import QuizUI

/// The home screen's first frame, drawn before the figures from the whole history are worked out: it says the
/// due count is coming rather than showing a zero that is not true.
@Suite struct HomeFirstFrameRenderingTests {
    func render(pending: Bool, due: Int) -> String {
        var state = AppState(screen: .home(highlighted: .practice), profile: "ada", totals: ProgressTotals(answers: []), sessionSize: 3, nextSeed: 1)
        state.historyPending = pending
        state.dueForReview = due
        return AppView.render(state, context: ViewContext(bank: Fixtures.bank, glyphs: .unicode), width: 80, height: 24).lines.joined(separator: "\n")
    }

    @Test func theFirstFrameSaysTheDueCountIsComingInsteadOfAZero() {
        let first = render(pending: true, due: 0)
        #expect(first.contains("counting what is due"), "\(first)")
        #expect(!first.contains("0 due now"), "\(first)")
    }

    @Test func onceWorkedOutTheCountIsShown() {
        let settled = render(pending: false, due: 4)
        #expect(settled.contains("4 due now"), "\(settled)")
        #expect(!settled.contains("counting what is due"), "\(settled)")
    }
}
