import QuizCore

/// The exam's body for whatever phase it is in. While "submit?" is asked, this is the screen under the box
/// that `ExamSubmitConfirmView.draw` puts on top.
enum ExamView {
    static func lines(_ session: ExamSession, context: ViewContext, width: Int) -> [StyledLine] {
        switch session.phase {
        case .answering, .confirmingSubmit(returningTo: nil):
            ExamQuestionView.lines(session, context: context, width: width)
        case .reviewList(let list), .confirmingSubmit(returningTo: let list?):
            ExamReviewListView.lines(session, list: list, context: context, width: width)
        case .finished(let result):
            ExamResultView.lines(result, session: session, context: context, width: width)
        case .reviewingResults(let result, let position):
            ExamResultsReviewView.lines(result, position: position, session: session, context: context, width: width)
        }
    }
}
