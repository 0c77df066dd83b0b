import Foundation

/// Where the policy in force is found: `--policy FILE`, else `$SRM_QUIZ_POLICY`, else the system file. A file
/// named by the option or the variable must exist; a missing system file means no policy.
public struct PolicyLocation: Equatable, Sendable {
    public static let environmentVariable = "SRM_QUIZ_POLICY"
    public static let systemFile = "/etc/srm-quiz/policy.json"

    public let file: URL
    /// False for the system file, whose absence means no policy.
    public let mustExist: Bool

    public init(file: URL, mustExist: Bool) {
        self.file = file
        self.mustExist = mustExist
    }

    public static func find(option: String?, environment: [String: String], systemFile: String = systemFile) -> PolicyLocation {
        if let option { return PolicyLocation(file: URL(fileURLWithPath: option), mustExist: true) }
        if let named = environment[environmentVariable], !named.isEmpty {
            return PolicyLocation(file: URL(fileURLWithPath: named), mustExist: true)
        }
        return PolicyLocation(file: URL(fileURLWithPath: systemFile), mustExist: false)
    }
}
