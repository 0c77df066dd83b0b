import Foundation

extension AppReducer {
    /// The Progress screen and the past assessments and exams it opens: back from one goes to Progress, back from
    /// Progress goes home.
    func reduceProgress(_ state: AppState, _ event: AppEvent, at now: Date) -> AppState {
        var next = state
        switch (state.screen, event) {
        case (_, .pastAssessmentOpened(let index)) where state.assessments.indices.contains(index):
            next.screen = .pastAssessment(index)
        case (.pastAssessment, .homeRequested), (.pastAssessment, .quitRequested):
            next.screen = .progress
        case (_, .pastExamOpened(let index)) where state.exams.indices.contains(index):
            next.screen = .pastExam(PastExamReview(index: index, filter: .all))
        case (.pastExam(var review), .pastExamFiltered(let filter)) where ReviewFilter.afterExam.contains(filter):
            review.filter = filter
            review.showsReview = true
            next.screen = .pastExam(review)
        case (.pastExam, .homeRequested), (.pastExam, .quitRequested):
            next.screen = .progress
        case (.progress, .homeRequested), (.progress, .quitRequested):
            return home(state, highlighting: .progress, at: now)
        default:
            break
        }
        return next
    }
}
