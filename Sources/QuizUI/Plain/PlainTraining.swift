import Foundation
import QuizCore

/// Training in plain mode: choosing a module by number, turning pages with Enter, going on or retaking after a
/// result. A module's questions are asked as in practice (nil here hands them back to `PlainFlow`).
enum PlainTraining {
    static func prompt(_ session: TrainingSession) -> String? {
        switch session.screen {
        case .moduleList:
            return "Module to take (1-\(session.modules.count); Enter for the next one), or q to leave: "
        case .page(_, let page):
            return page == 0
                ? "Enter for the next page, t to test out now, or q to leave: "
                : "Enter for the next page, p for the previous one, or q to leave: "
        case .result(_, let attempt):
            return attempt.result?.passed == false ? "Enter to retake the module, or q to leave: " : "Enter to go on, r to retake, or q to leave: "
        case .questions, .completed:
            return nil
        }
    }

    static func read(_ line: String, in session: TrainingSession) -> PlainFlow.Reading? {
        let typed = line.trimmingCharacters(in: .whitespaces).lowercased()
        if typed == "q" || typed == "quit" { return .events([.quitRequested, .quitConfirmed]) }
        switch session.screen {
        case .moduleList(let highlighted, _):
            if typed.isEmpty { return .events([.training(.moduleChosen)]) }
            guard let number = Int(typed), session.modules.indices.contains(number - 1) else {
                return .again("Type a module number from 1 to \(session.modules.count), or press Enter.")
            }
            return .events([.training(.highlightMoved(by: number - 1 - highlighted)), .training(.moduleChosen)])
        case .page(_, let page):
            switch typed {
            case "": return .events([.training(.nextPageRequested)])
            case "p": return .events([.training(.previousPageRequested)])
            case "t" where page == 0: return .events([.training(.testOutRequested)])
            default: return .again("Press Enter for the next page.")
            }
        case .result(_, let attempt):
            switch typed {
            case "": return .events([.training(attempt.result?.passed == false ? .retakeRequested : .continueRequested)])
            case "r": return .events([.training(.retakeRequested)])
            default: return .again("Press Enter to go on, or type r to retake.")
            }
        case .questions, .completed:
            return nil
        }
    }
}
