import Foundation

extension AppReducer {
    /// The Progress screen and the past assessments it opens: back from an assessment goes to Progress, back from
    /// Progress goes home.
    func reduceProgress(_ state: AppState, _ event: AppEvent, at now: Date) -> AppState {
        var next = state
        switch (state.screen, event) {
        case (_, .pastAssessmentOpened(let index)) where state.assessments.indices.contains(index):
            next.screen = .pastAssessment(index)
        case (.pastAssessment, .homeRequested), (.pastAssessment, .quitRequested):
            next.screen = .progress
        case (.progress, .homeRequested), (.progress, .quitRequested):
            return home(state, highlighting: .progress, at: now)
        default:
            break
        }
        return next
    }
}
