import Foundation
import Testing
import QuizCore
import QuizTestSupport
@testable import QuizUI

/// The home screen's line about the LRS: what the background sync last found, below the learner's totals.
@Suite struct LRSHomeRenderingTests {
    func render(_ sync: SyncState?, width: Int = 80, height: Int = 24) -> [String] {
        let state = AppState(screen: .home(highlighted: .practice), profile: "ada", totals: ProgressTotals(answers: []), sessionSize: 3, nextSeed: 1)
        var context = ViewContext(bank: Fixtures.bank, glyphs: .unicode)
        context.lrsSync = sync
        return AppView.render(state, context: context, width: width, height: height).lines
    }

    @Test func waitingRecordsAndWhyAreShown() {
        let lines = render(SyncState(waiting: 14, lastSent: nil, problem: "LRS unreachable"))
        #expect(lines.contains { $0.contains("14 records waiting: LRS unreachable") }, "\(lines.joined(separator: "\n"))")
    }

    @Test func withoutAnLRSThereIsNoLine() {
        let text = render(nil).joined()
        #expect(!text.contains("records waiting") && !text.contains("All records sent"))
    }

    @Test func theLineSaysWhenAllWasSent() {
        let utc = TimeZone(identifier: "UTC")!
        #expect(SyncState(waiting: 0, lastSent: Date(timeIntervalSince1970: 1_800_000_000), problem: nil).line(timeZone: utc) == "All records sent 08:00")
        #expect(SyncState(waiting: 1, lastSent: nil, problem: nil).line(timeZone: utc) == "1 record waiting to be sent")
        #expect(SyncState(waiting: 0, lastSent: nil, problem: nil).line(timeZone: utc) == "All records sent")
    }
}
