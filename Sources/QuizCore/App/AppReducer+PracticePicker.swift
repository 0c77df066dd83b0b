import Foundation

extension AppReducer {
    /// The practice picker: moving the highlight, choosing a topic or task (a practice session aimed at it, which
    /// leaves to the home screen), or going back home.
    func reducePracticePicker(_ state: AppState, _ picker: PracticePicker, _ event: AppEvent, at now: Date) -> AppState {
        var next = state
        switch event {
        case .practicePickerMoved(let delta):
            next.screen = .practicePicker(picker.moved(by: delta))
        case .homePracticeFocused(let focus):
            next.leavesToHome = true
            guard let started = startPractice(next, focus: focus, at: now) else {
                var back = home(state, highlighting: .practice, at: now)
                back.homeMessage = PracticeFocus.nothingToAsk(focus)
                return back
            }
            return started
        case .homeRequested, .quitRequested:
            return home(state, highlighting: .practice, at: now)
        default:
            break
        }
        return next
    }
}
