/// Who the exported statements are about: an xAPI Agent named by exactly one inverse functional identifier.
public enum XAPIActor: Equatable, Sendable {
    /// An email address, kept as the `mailto:` IRI xAPI wants (its domain in lowercase).
    case mbox(String)
    /// An account on a system: its home page (an http or https address) and the login name there.
    case account(homePage: String, name: String)

    /// Where the default account lives: a reserved name that never resolves, since srm-quiz has no site of its own.
    public static let defaultHomePage = "https://srm-quiz.invalid"

    /// The account used when `--actor` is not given: the profile's name at `defaultHomePage`.
    public static func profileAccount(_ profile: String) -> XAPIActor {
        .account(homePage: defaultHomePage, name: profile)
    }

    /// An actor as typed after `--actor`: `mailto:ADDRESS` or `account:HOMEPAGE|NAME`.
    public init(parsing text: String) throws(ExportOptionError) {
        if text.hasPrefix("mailto:") {
            let address = String(text.dropFirst("mailto:".count))
            let parts = address.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty,
                  address.unicodeScalars.allSatisfy({ !$0.properties.isWhitespace && $0.properties.generalCategory != .control }),
                  !address.contains(where: { "<>\",;:()[]\\".contains($0) })
            else {
                throw ExportOptionError("--actor \(text): \"\(address)\" is not an email address (expected mailto:NAME@DOMAIN)")
            }
            self = .mbox("mailto:\(parts[0])@\(parts[1].lowercased())")
        } else if text.hasPrefix("account:") {
            let value = text.dropFirst("account:".count)
            guard let bar = value.firstIndex(of: "|") else {
                throw ExportOptionError("--actor \(text): expected account:HOMEPAGE|NAME, with a | between the home page and the name")
            }
            let homePage = String(value[..<bar])
            let name = String(value[value.index(after: bar)...])
            guard IRIText.isAbsolute(homePage), Self.hasHost(homePage) else {
                throw ExportOptionError("--actor \(text): the home page \"\(homePage)\" must be an http or https address")
            }
            guard !name.isEmpty, name.unicodeScalars.allSatisfy({ $0.properties.generalCategory != .control }) else {
                throw ExportOptionError("--actor \(text): the account name after | is empty")
            }
            self = .account(homePage: homePage, name: name)
        } else {
            throw ExportOptionError("--actor \(text): expected mailto:ADDRESS or account:HOMEPAGE|NAME")
        }
    }

    /// An http or https address with a host after the `//`.
    private static func hasHost(_ address: String) -> Bool {
        let lowered = address.lowercased()
        guard let scheme = ["https://", "http://"].first(where: lowered.hasPrefix) else { return false }
        let host = lowered.dropFirst(scheme.count).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return !host.isEmpty
    }

    /// The identifier as one string, for deriving statement ids.
    var key: String {
        switch self {
        case .mbox(let mailto): "mbox|\(mailto)"
        case let .account(homePage, name): "account|\(homePage)|\(name)"
        }
    }
}
