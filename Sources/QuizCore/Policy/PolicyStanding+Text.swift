import Foundation

extension PolicyStanding {
    /// One line for the home screen, within 58 columns for ordinary ids and dates: "Awareness training due 15 Jan
    /// 2027: 3 of 5 modules left", "Training complete until 2 Dec 2027 (policy acme-2026 v3)".
    public func homeLine(policyName: String) -> String {
        switch status {
        case .compliant:
            let until = validUntil.map { " until \(PolicyDay($0).spoken)" } ?? ""
            return "Training complete\(until) (policy \(policyName))"
        case .expired:
            return "Training expired \(validUntil.map { PolicyDay($0).spoken } ?? "-"): take it again to renew it"
        case .overdue:
            return "Training overdue since \(dueDate.spoken): \(shortDetail)"
        default:
            return "Awareness training due \(dueDate.spoken): \(shortDetail)"
        }
    }

    /// Why the learner is not compliant, or until when they are, for the team report: dates as `2027-01-15` (UTC).
    public var reason: String {
        let modules = "\(modulesLeft) of \(modulesRequired) module\(modulesRequired == 1 ? "" : "s") left"
        switch status {
        case .compliant:
            return validUntil.map { "valid until \(PolicyDay($0))" } ?? "valid; completions do not expire"
        case .expired:
            return "completed \(completedAt.map { PolicyDay($0).description } ?? "-"), expired \(validUntil.map { PolicyDay($0).description } ?? "-")"
        case .overdue:
            return "due \(dueDate); " + detailReason(modules: modules)
        default:
            return detailReason(modules: modules) + "; due \(dueDate)"
        }
    }

    private func detailReason(modules: String) -> String {
        switch detail {
        case .belowPassMark:
            "completed at a pass mark of \(completionPassMark?.description ?? "-"), below the policy's \(minimumPassMark)"
        case .otherBank:
            "completed on a question bank the policy does not accept (\(completionFingerprint.map { String($0.prefix(TrainingStatus.shortFingerprintLength)) } ?? "-"))"
        case .inProgress:
            "in progress, " + modules
        default:
            "not started"
        }
    }

    private var shortDetail: String {
        switch detail {
        case .belowPassMark: "passed at \(completionPassMark?.description ?? "-"), not \(minimumPassMark)"
        case .otherBank: "taken on another bank"
        case .notStarted: "not started"
        default: "\(modulesLeft) of \(modulesRequired) module\(modulesRequired == 1 ? "" : "s") left"
        }
    }
}
